// "Revenue at risk" at the top of the pipeline: per currency, the open amount in blocked deals out of all open.
import { useSyncExternalStore } from 'react';
import { convertTotal, riskByCurrency, type CurrencyRisk, type ReportingCurrencySettings, type RevenueAtRisk } from '../../shared/pipeline';
import { formatAmount } from '../vocabulary-labels';
import { formatCompactAmount, plural } from '../charts/chart-format';

/** More currencies than fit the window's width fold into "n more", so the header stays one line. */
const SHOWN_CURRENCIES = [
  { query: '(max-width: 1100px)', shown: 1 },
  { query: '(max-width: 1600px)', shown: 2 },
] as const;
const SHOWN_CURRENCIES_WIDE = 3;

function shownCurrencies(): number {
  const match = SHOWN_CURRENCIES.find(({ query }) => window.matchMedia(query).matches);
  return match ? match.shown : SHOWN_CURRENCIES_WIDE;
}

function onWidthChange(listener: () => void): () => void {
  const queries = SHOWN_CURRENCIES.map(({ query }) => window.matchMedia(query));
  for (const query of queries) query.addEventListener('change', listener);
  return () => {
    for (const query of queries) query.removeEventListener('change', listener);
  };
}

/** "41%", never "0%" for a little nor "100%" for nearly all. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.01) return '<1%';
  if (share < 1 && share > 0.99) return '99%';
  return `${Math.round(share * 100)}%`;
}

/** "€860K of €2.1M open (41%) · 1 deal", and the exact amounts for the tooltip. */
export function riskLine(line: CurrencyRisk): { amount: string; detail: string; title: string } {
  const currency = line.currency ?? undefined;
  const deals = plural(line.deals, 'deal');
  const none = line.currency === null ? ' (no currency)' : '';
  if (line.share === null) {
    return { amount: deals, detail: `blocked, with no amount${none}`, title: `${plural(line.deals, 'blocked deal')} with no amount entered${none}` };
  }
  const share = formatShare(line.share);
  return {
    amount: formatCompactAmount(line.atRisk, line.currency),
    detail: `of ${formatCompactAmount(line.open, line.currency)} open (${share}) · ${deals}${none}`,
    title: `${formatAmount(line.atRisk, currency)} of ${formatAmount(line.open, currency)} open${none} (${share}) is in ${plural(line.deals, 'blocked deal')}`,
  };
}

function RiskLine({ line }: { line: CurrencyRisk }) {
  const { amount, detail, title } = riskLine(line);
  return (
    <li title={title}>
      <span className="risk-amount">{amount}</span> <span className="risk-detail">{detail}</span>
    </li>
  );
}

/** The figure in the reporting currency: converted at the dated rates, the currencies without a rate named. */
function TotalLine({ risk, settings }: { risk: RevenueAtRisk; settings: ReportingCurrencySettings }) {
  const atRisk = convertTotal(settings, risk.atRisk);
  const open = convertTotal(settings, risk.open);
  if (atRisk === null || open === null) return null;
  const share = open.amount > 0 ? ` (${formatShare(atRisk.amount / open.amount)})` : '';
  const dated = open.ratesDate === null ? '' : ` · rates of ${open.ratesDate}`;
  const missing = open.missing.map((sum) => sum.currency ?? 'no currency');
  return (
    <li className="risk-total" title={`${formatAmount(atRisk.amount, atRisk.currency)} of ${formatAmount(open.amount, open.currency)} open, in ${open.currency}${dated}`}>
      <span className="risk-amount">{formatCompactAmount(atRisk.amount, atRisk.currency)}</span>{' '}
      <span className="risk-detail">
        {`of ${formatCompactAmount(open.amount, open.currency)} open${share}${dated}`}
        {missing.length > 0 && <span className="risk-missing">{` · no rate for ${missing.join(', ')}: not counted`}</span>}
      </span>
    </li>
  );
}

export function RevenueAtRiskFigure({ risk, settings = {} }: { risk: RevenueAtRisk; settings?: ReportingCurrencySettings }) {
  const converted = settings.reportingCurrency !== undefined;
  const count = useSyncExternalStore(onWidthChange, shownCurrencies) - (converted ? 1 : 0);
  const lines = riskByCurrency(risk);
  const shown = lines.slice(0, count);
  const more = lines.slice(count);
  return (
    <section className="risk-figure" aria-labelledby="risk-title" aria-describedby="risk-explain">
      <div className="risk-heading">
        <h2 id="risk-title" className="risk-label">
          Revenue at risk
        </h2>
        <p id="risk-explain" className="risk-explain">
          {converted ? `Open deals with a blocker, in ${settings.reportingCurrency ?? ''} and per currency` : 'Open deals with a blocker, per currency'}
        </p>
      </div>
      {lines.length === 0 ? (
        <p className="risk-none">No open deal in view has a blocker.</p>
      ) : (
        <ul className="risk-amounts">
          {converted && <TotalLine risk={risk} settings={settings} />}
          {shown.map((line) => (
            <RiskLine key={line.currency ?? ''} line={line} />
          ))}
        </ul>
      )}
      {more.length > 0 && (
        <details className="risk-more">
          <summary>{`${more.length} more ${more.length === 1 ? 'currency' : 'currencies'}`}</summary>
          <ul className="risk-amounts risk-more-list">
            {more.map((line) => (
              <RiskLine key={line.currency ?? ''} line={line} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
