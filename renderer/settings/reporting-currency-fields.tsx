// The settings dialog's reporting currency: the code, the rates' date and the rates, typed or imported from a CSV file.
import { useId, useState } from 'react';
import { readRatesCsv, ratesText } from '../../shared/settings/read-rates-csv';
import { TextField } from '../components/text-field';
import '../styles/forecast.css';
import type { SettingsDraft, SettingsErrors } from './settings-draft';

interface ReportingCurrencyFieldsProps {
  readonly draft: SettingsDraft;
  readonly errors: SettingsErrors;
  readonly onChange: (patch: Partial<SettingsDraft>) => void;
}

export function ReportingCurrencyFields({ draft, errors, onChange }: ReportingCurrencyFieldsProps) {
  const fileId = useId();
  const [csvProblems, setCsvProblems] = useState<readonly string[]>([]);

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
      <summary>{draft.reportingCurrency === '' ? 'Reporting currency: none, amounts per currency' : `Reporting currency: ${draft.reportingCurrency}`}</summary>
      <fieldset className="settings-weights settings-currency">
        <legend>Reporting currency</legend>
        <p className="settings-hint">
          Totals, revenue at risk, the funnel and the forecast read in this currency, with the rates’ date shown; each currency’s own figures stay beside
          them. A deal in a currency without a rate is named, never counted 1:1. Leave it empty to keep amounts per currency.
        </p>
        <TextField label="Currency (ISO code, e.g. EUR)" value={draft.reportingCurrency} error={errors.reportingCurrency ?? null} onChange={(reportingCurrency) => onChange({ reportingCurrency })} />
        <TextField label="Rates as of (YYYY-MM-DD)" value={draft.ratesDate} placeholder="2026-11-30" error={errors.ratesDate ?? null} onChange={(ratesDate) => onChange({ ratesDate })} />
        <TextField
          label="Rates: one currency per line, what one unit is worth in the reporting currency"
          multiline
          placeholder={'SEK 0.087\nUSD 0.91'}
          value={draft.rates}
          error={errors.rates ?? null}
          onChange={(rates) => onChange({ rates })}
        />
        <div className="field settings-field">
          <label htmlFor={fileId}>Import rates from a CSV file (columns currency, rate, and optionally date)</label>
          <input id={fileId} type="file" accept=".csv,text/csv" onChange={(event) => void importCsv(event.target.files?.[0])} />
          {csvProblems.length > 0 && (
            <ul className="field-error" role="alert">
              {csvProblems.slice(0, 5).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
              {csvProblems.length > 5 && <li>{`And ${csvProblems.length - 5} more problems.`}</li>}
            </ul>
          )}
        </div>
      </fieldset>
    </details>
  );
}
