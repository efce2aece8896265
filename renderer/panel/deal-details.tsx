// The open deal's details: name, account, owner, amount, close date, status, forecast call and need.
import { ConfirmedByField } from './qualification-confirmed-by';
import { DEAL_STATUSES, FORECAST_CATEGORIES, type ForecastCategory } from '../../shared/model/vocabulary';
import { FORECAST_LABELS } from '../../shared/model/vocabulary-labels';
import type { Deal } from '../../shared/model/deal-schema';
import { AmountField } from '../components/amount-field';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { updateDealDetails, updateNeed, type DealDetailsPatch } from '../../shared/edits/deal-edits';
import { useAppStore } from '../state/store-context';
import { STATUS_LABELS } from '../vocabulary-labels';
import { ValueCaseEditor } from './value-case-editor';
import { QualificationEditor } from './qualification-editor';

const FORECAST_OPTIONS = ['', ...FORECAST_CATEGORIES] as const;
const FORECAST_OPTION_LABELS: Readonly<Record<(typeof FORECAST_OPTIONS)[number], string>> = { '': 'Not called', ...FORECAST_LABELS };

export const CURRENCIES = ['SEK', 'EUR', 'USD', 'GBP', 'NOK', 'DKK', 'CHF', 'JPY', 'CAD', 'AUD'] as const;

export function DealDetails({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const patch = (field: keyof DealDetailsPatch, value: DealDetailsPatch) =>
    store.edit((current) => updateDealDetails(current, value), `deal:${field}`);
  const currencies = deal.currency && !CURRENCIES.some((c) => c === deal.currency) ? [deal.currency, ...CURRENCIES] : CURRENCIES;
  const currencyOptions = ['', ...currencies];
  const currencyLabels = Object.fromEntries(currencyOptions.map((c) => [c, c || 'No currency']));

  return (
    <section className="panel-section deal-details" aria-labelledby="deal-details-title">
      <h2 className="panel-title" id="deal-details-title">
        Deal details
      </h2>
      <div className="field-grid">
        <TextField
          className="span-2"
          label="Deal name"
          value={deal.name}
          error={deal.name.trim() ? null : 'A deal needs a name.'}
          onChange={(name) => patch('name', { name })}
        />
        <TextField
          className="span-2"
          label="Account"
          value={deal.account}
          error={deal.account.trim() ? null : 'A deal needs an account.'}
          onChange={(account) => patch('account', { account })}
        />
        <TextField className="span-2" label="Owner" value={deal.owner ?? ''} onChange={(owner) => patch('owner', { owner: owner || undefined })} />
        <AmountField label="Amount" value={deal.amount} onChange={(amount) => patch('amount', { amount })} />
        <SelectField
          label="Currency"
          value={deal.currency ?? ''}
          options={currencyOptions}
          labels={currencyLabels}
          onChange={(currency) => patch('currency', { currency: currency || undefined })}
        />
        <TextField
          label="Close date"
          type="date"
          value={deal.closeDate ?? ''}
          onChange={(closeDate) => patch('closeDate', { closeDate: closeDate || null })}
        />
        <SelectField
          label="Status"
          value={deal.status}
          options={DEAL_STATUSES}
          labels={STATUS_LABELS}
          onChange={(status) => patch('status', { status })}
        />
        <SelectField
          label="Forecast"
          value={deal.forecastCategory ?? ''}
          options={FORECAST_OPTIONS}
          labels={FORECAST_OPTION_LABELS}
          onChange={(call: '' | ForecastCategory) => patch('forecastCategory', { forecastCategory: call === '' ? undefined : call })}
        />
      </div>
      <h3 className="panel-subtitle">Need</h3>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={deal.need.confirmed}
          onChange={(event) => store.edit((current) => updateNeed(current, { confirmed: event.target.checked }))}
        />
        Need confirmed
      </label>
      <ConfirmedByField
        deal={deal}
        label="Need confirmed by"
        value={deal.need.confirmedBy ?? null}
        onChange={(confirmedBy) => store.edit((current) => updateNeed(current, { confirmedBy }))}
      />
      <TextField
        label="Need summary"
        multiline
        value={deal.need.summary}
        placeholder="What problem does the purchase solve, and what does it cost today?"
        onChange={(summary) => store.edit((current) => updateNeed(current, { summary }), 'deal:need-summary')}
      />
      <ValueCaseEditor deal={deal} />
      <QualificationEditor deal={deal} />
    </section>
  );
}
