// The open deal's details: name, account, owner, amount, close date, status, forecast call and need.
import { ConfirmedByField } from './qualification-confirmed-by';
import { DEAL_STATUSES, FORECAST_CATEGORIES, type ForecastCategory } from '../../shared/model/vocabulary';
import type { Deal } from '../../shared/model/deal-schema';
import { AmountField } from '../components/amount-field';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { updateDealDetails, updateNeed, type DealDetailsPatch } from '../../shared/edits/deal-edits';
import { useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';
import { DateField } from '../components/locale-date-input';
import { ValueCaseEditor } from './value-case-editor';
import { QualificationEditor } from './qualification-editor';

const FORECAST_OPTIONS = ['', ...FORECAST_CATEGORIES] as const;

export const CURRENCIES = ['SEK', 'EUR', 'USD', 'GBP', 'NOK', 'DKK', 'CHF', 'JPY', 'CAD', 'AUD'] as const;

export function DealDetails({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const t = useT();
  const vocabulary = useVocabulary();
  const forecastLabels: Readonly<Record<(typeof FORECAST_OPTIONS)[number], string>> = { '': t('panel.details.not-called'), ...vocabulary.forecast };
  const patch = (field: keyof DealDetailsPatch, value: DealDetailsPatch) =>
    store.edit((current) => updateDealDetails(current, value), `deal:${field}`);
  const currencies = deal.currency && !CURRENCIES.some((c) => c === deal.currency) ? [deal.currency, ...CURRENCIES] : CURRENCIES;
  const currencyOptions = ['', ...currencies];
  const currencyLabels = Object.fromEntries(currencyOptions.map((c) => [c, c || t('panel.details.no-currency')]));

  return (
    <section className="panel-section deal-details" aria-labelledby="deal-details-title">
      <h2 className="panel-title" id="deal-details-title">
        {t('panel.details.title')}
      </h2>
      <div className="field-grid">
        <TextField
          className="span-2"
          label={t('panel.details.name')}
          value={deal.name}
          error={deal.name.trim() ? null : t('panel.details.name-missing')}
          onChange={(name) => patch('name', { name })}
        />
        <TextField
          className="span-2"
          label={t('panel.details.account')}
          value={deal.account}
          error={deal.account.trim() ? null : t('panel.details.account-missing')}
          onChange={(account) => patch('account', { account })}
        />
        <TextField className="span-2" label={t('panel.details.owner')} value={deal.owner ?? ''} onChange={(owner) => patch('owner', { owner: owner || undefined })} />
        <AmountField label={t('panel.details.amount')} value={deal.amount} onChange={(amount) => patch('amount', { amount })} />
        <SelectField
          label={t('panel.details.currency')}
          value={deal.currency ?? ''}
          options={currencyOptions}
          labels={currencyLabels}
          onChange={(currency) => patch('currency', { currency: currency || undefined })}
        />
        <DateField
          label={t('panel.details.close-date')}
          value={deal.closeDate ?? ''}
          onChange={(closeDate) => patch('closeDate', { closeDate: closeDate || null })}
        />
        <SelectField
          label={t('panel.details.status')}
          value={deal.status}
          options={DEAL_STATUSES}
          labels={vocabulary.status}
          onChange={(status) => patch('status', { status })}
        />
        <SelectField
          label={t('panel.details.forecast')}
          value={deal.forecastCategory ?? ''}
          options={FORECAST_OPTIONS}
          labels={forecastLabels}
          onChange={(call: '' | ForecastCategory) => patch('forecastCategory', { forecastCategory: call === '' ? undefined : call })}
        />
      </div>
      <h3 className="panel-subtitle">{t('panel.details.need')}</h3>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={deal.need.confirmed}
          onChange={(event) => store.edit((current) => updateNeed(current, { confirmed: event.target.checked }))}
        />
        {t('panel.details.need-confirmed')}
      </label>
      <ConfirmedByField
        deal={deal}
        label={t('panel.details.need-confirmed-by')}
        value={deal.need.confirmedBy ?? null}
        onChange={(confirmedBy) => store.edit((current) => updateNeed(current, { confirmedBy }))}
      />
      <TextField
        label={t('panel.details.need-summary')}
        multiline
        value={deal.need.summary}
        placeholder={t('panel.details.need-placeholder')}
        onChange={(summary) => store.edit((current) => updateNeed(current, { summary }), 'deal:need-summary')}
      />
      <ValueCaseEditor deal={deal} />
      <QualificationEditor deal={deal} />
    </section>
  );
}
