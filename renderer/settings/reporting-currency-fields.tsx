// The settings dialog's reporting currency: the code, the rates' date and the rates, typed or imported from a CSV file.
import { useId, useState } from 'react';
import { readRatesCsv, ratesText } from '../../shared/settings/read-rates-csv';
import { TextField } from '../components/text-field';
import { DateField } from '../components/locale-date-input';
import type { MessageRef } from '../../shared/i18n/message-ref';
import { useRenderMessage, useT } from '../i18n/use-t';
import '../styles/forecast.css';
import type { SettingsDraft } from './settings-draft';

/** Currency codes and numbers: the same in every language. */
const RATES_EXAMPLE = 'SEK 0.087\nUSD 0.91';

interface ReportingCurrencyFieldsProps {
  readonly draft: SettingsDraft;
  /** Each field's problems, already in the chosen language. */
  readonly errors: Partial<Record<keyof SettingsDraft, string>>;
  readonly onChange: (patch: Partial<SettingsDraft>) => void;
}

export function ReportingCurrencyFields({ draft, errors, onChange }: ReportingCurrencyFieldsProps) {
  const fileId = useId();
  const t = useT();
  const render = useRenderMessage();
  const [csvProblems, setCsvProblems] = useState<readonly MessageRef[]>([]);

  async function importCsv(file: File | undefined) {
    if (file === undefined) return;
    const reading = readRatesCsv(await file.text(), file.name);
    if (!reading.ok) {
      setCsvProblems(reading.problems);
      return;
    }
    setCsvProblems([]);
    onChange({ rates: ratesText(reading.rates), ...(reading.date === null ? {} : { ratesDate: reading.date }) });
  }

  return (
    // Folded until used, so the dialog stays short for a workspace that talks per currency.
    <details className="settings-currency-details" open={draft.reportingCurrency !== '' || draft.rates !== ''}>
      <summary>{draft.reportingCurrency === '' ? t('settings.currency.none') : t('settings.currency.some', { currency: draft.reportingCurrency })}</summary>
      <fieldset className="settings-weights settings-currency">
        <legend>{t('settings.currency.legend')}</legend>
        <p className="settings-hint">{t('settings.currency.hint')}</p>
        <TextField label={t('settings.currency.code')} value={draft.reportingCurrency} error={errors.reportingCurrency ?? null} onChange={(reportingCurrency) => onChange({ reportingCurrency })} />
        <DateField label={t('settings.currency.date')} value={draft.ratesDate} onChange={(ratesDate) => onChange({ ratesDate })} />
        {errors.ratesDate && <span className="field-error">{errors.ratesDate}</span>}
        <TextField
          label={t('settings.currency.rates')}
          multiline
          placeholder={RATES_EXAMPLE}
          value={draft.rates}
          error={errors.rates ?? null}
          onChange={(rates) => onChange({ rates })}
        />
        <div className="field settings-field">
          <label htmlFor={fileId}>{t('settings.currency.csv')}</label>
          <input id={fileId} type="file" accept=".csv,text/csv" onChange={(event) => void importCsv(event.target.files?.[0])} />
          {csvProblems.length > 0 && (
            <ul className="field-error" role="alert">
              {csvProblems.slice(0, 5).map((problem) => (
                <li key={JSON.stringify(problem)}>{render(problem)}</li>
              ))}
              {csvProblems.length > 5 && <li>{t('settings.currency.more', { count: csvProblems.length - 5 })}</li>}
            </ul>
          )}
        </div>
      </fieldset>
    </details>
  );
}
