// The forecast under the pipeline's title: the AEs' calls per category, the engine's challenges beside commit, overdue deals per AE.
import { useMemo } from 'react';
import { FORECAST_LABELS } from '../../shared/model/vocabulary-labels';
import { overdueByOwner, pipelineForecast, type CurrencyAmount, type ForecastLine, type PipelineRow, type ReportingCurrencySettings } from '../../shared/pipeline';
import { formatCompactAmount, plural } from '../charts/chart-format';

/** Challenged deals named as buttons; the rest are counted. */
const SHOWN_CHALLENGES = 4;
const SHOWN_OWNERS = 4;

function perCurrency(amounts: readonly CurrencyAmount[]): string {
  const shown = amounts.slice(0, 2).map((sum) => formatCompactAmount(sum.amount, sum.currency));
  return amounts.length > 2 ? `${shown.join(' + ')} + ${amounts.length - 2} more currencies` : shown.join(' + ') || '0';
}

function amountOf(line: ForecastLine): string {
  if (line.total === null) return perCurrency(line.amounts);
  const missing = line.total.missing.map((sum) => sum.currency ?? 'no currency');
  return `${formatCompactAmount(line.total.amount, line.total.currency)}${missing.length > 0 ? ` (no rate: ${missing.join(', ')})` : ''}`;
}

export function ForecastFigure({ rows, settings, onOpen }: { rows: readonly PipelineRow[]; settings: ReportingCurrencySettings; onOpen: (dealId: string) => void }) {
  const forecast = useMemo(() => pipelineForecast(rows, settings), [rows, settings]);
  const overdue = useMemo(() => overdueByOwner(rows), [rows]);
  if (forecast.lines.length === 0) return null;
  const overdueDeals = overdue.reduce((sum, owner) => sum + owner.overdue, 0);
  const dated = settings.reportingCurrency === undefined ? 'per currency' : `in ${settings.reportingCurrency}${settings.exchangeRates ? `, rates of ${settings.exchangeRates.date}` : ''}`;
  return (
    <section className="forecast-figure" aria-labelledby="forecast-title">
      <h2 id="forecast-title" className="forecast-label">
        Forecast <span className="forecast-explain">{`open deals by the AE’s call, ${dated}`}</span>
      </h2>
      <ul className="forecast-lines">
        {forecast.lines.map((line) => (
          <li key={line.category ?? 'none'} className={`forecast-line forecast-${line.category ?? 'none'}`}>
            <span className="forecast-category">{line.category === null ? 'Not called' : FORECAST_LABELS[line.category]}</span>{' '}
            <span className="forecast-amount">{amountOf(line)}</span> <span className="forecast-deals">{`(${plural(line.deals, 'deal')})`}</span>
            {line.challenged > 0 && <span className="forecast-challenged">{`${line.challenged} challenged`}</span>}
          </li>
        ))}
      </ul>
      {forecast.challenges.length > 0 && (
        <div className="forecast-challenges" role="group" aria-label="Commit calls the engine challenges">
          <span className="forecast-challenges-label">The engine challenges:</span>
          {forecast.challenges.slice(0, SHOWN_CHALLENGES).map((row) => (
            <button key={row.dealId} type="button" className="forecast-challenge" title={`${row.deal} — ${row.account}: forecast commit, but ${row.stage}${row.blockers > 1 ? ` with ${row.blockers - 1} more blockers` : ''}`} onClick={() => onOpen(row.dealId)}>
              {`${row.deal} — ${row.account}`}
            </button>
          ))}
          {forecast.challenges.length > SHOWN_CHALLENGES && <span className="forecast-more">{`and ${forecast.challenges.length - SHOWN_CHALLENGES} more (filter Gap: commit-at-risk)`}</span>}
        </div>
      )}
      <p className="forecast-overdue">
        <span className="forecast-overdue-label">Overdue:</span>{' '}
        {overdueDeals === 0
          ? 'no open deal is past its close date'
          : `${plural(overdueDeals, 'deal')} past the close date — ${overdue
              .slice(0, SHOWN_OWNERS)
              .map((owner) => `${owner.owner ?? 'no owner'} ${owner.overdue} of ${owner.open}`)
              .join(', ')}${overdue.length > SHOWN_OWNERS ? `, ${overdue.length - SHOWN_OWNERS} more AEs` : ''}`}
      </p>
    </section>
  );
}
