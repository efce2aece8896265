// "Revenue at risk" at the top of the pipeline: blocked open amount per currency, against all open.
import type { CurrencyAmount, RevenueAtRisk } from '../../shared/pipeline';
import { formatAmount } from '../vocabulary-labels';
import { formatCompactAmount, plural } from '../charts/chart-format';

/** More currencies than this fold into "n more", so the figure stays one line. */
const SHOWN_CURRENCIES = 3;

function RiskAmount({ sum, open }: { sum: CurrencyAmount; open: CurrencyAmount | undefined }) {
  const exact = formatAmount(sum.amount, sum.currency ?? undefined);
  const of = open ? ` of ${formatAmount(open.amount, sum.currency ?? undefined)} open` : '';
  return (
    <li title={`${exact} in ${plural(sum.deals, 'blocked deal')}${of}`}>
      <span className="risk-amount">{formatCompactAmount(sum.amount, sum.currency)}</span>
      <span className="risk-detail">
        {plural(sum.deals, 'deal')}
        {open && open.amount > 0 && ` · ${Math.round((sum.amount / open.amount) * 100)}% of open`}
      </span>
    </li>
  );
}

export function RevenueAtRiskFigure({ risk }: { risk: RevenueAtRisk }) {
  const openBy = new Map(risk.open.map((sum) => [sum.currency, sum]));
  const shown = risk.atRisk.slice(0, SHOWN_CURRENCIES);
  const more = risk.atRisk.slice(SHOWN_CURRENCIES);
  return (
    <section className="risk-figure" aria-labelledby="risk-title">
      <h2 id="risk-title" className="risk-label" title="Open amount in open deals with at least one blocker, per currency">
        Revenue at risk
      </h2>
      {risk.atRisk.length === 0 ? (
        <p className="risk-none">No open deal in view has a blocker.</p>
      ) : (
        <ul className="risk-amounts">
          {shown.map((sum) => (
            <RiskAmount key={sum.currency ?? ''} sum={sum} open={openBy.get(sum.currency)} />
          ))}
        </ul>
      )}
      {more.length > 0 && (
        <details className="risk-more">
          <summary>{`${more.length} more ${more.length === 1 ? 'currency' : 'currencies'}`}</summary>
          <ul className="risk-amounts risk-more-list">
            {more.map((sum) => (
              <RiskAmount key={sum.currency ?? ''} sum={sum} open={openBy.get(sum.currency)} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
