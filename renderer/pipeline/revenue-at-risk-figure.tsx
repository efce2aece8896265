// "Revenue at risk" at the top of the pipeline: per currency, the open amount in blocked deals out of all open.
import { useSyncExternalStore } from 'react';
import { convertTotal, riskByCurrency, type CurrencyRisk, type ReportingCurrencySettings, type RevenueAtRisk } from '../../shared/pipeline';
import { formatAmount, formatIsoDate } from '../i18n/locale-format';
import { formatCompactAmount } from '../charts/chart-format';
import type { DealmapIntl } from '../../shared/i18n';
import { useDealmapIntl } from '../i18n/language-context';
import { useT } from '../i18n/use-t';
import { SPACE } from '../components/glyphs';

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
export function formatShare(share: number, locale?: string): string {
  const percent = (value: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  if (share > 0 && share < 0.01) return `<${percent(0.01)}`;
  if (share < 1 && share > 0.99) return percent(0.99);
  return percent(Math.round(share * 100) / 100);
}

/** "€860K of €2.1M open (41%) · 1 deal", and the exact amounts for the tooltip. */
export function riskLine(intl: DealmapIntl, line: CurrencyRisk): { amount: string; detail: string; title: string } {
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const locale = intl.locale;
  const deals = t('pipeline.risk.deals', { count: line.deals });
  const none = line.currency === null ? t('pipeline.risk.no-currency') : '';
  if (line.share === null) {
    return { amount: deals, detail: t('pipeline.risk.no-amount', { none }), title: t('pipeline.risk.no-amount-title', { count: line.deals, none }) };
  }
  const share = formatShare(line.share, locale);
  return {
    amount: formatCompactAmount(line.atRisk, line.currency, locale),
    detail: t('pipeline.risk.detail', { open: formatCompactAmount(line.open, line.currency, locale), share, deals, none }),
    title: t('pipeline.risk.title', {
      atRisk: formatAmount(intl, line.atRisk, line.currency),
      open: formatAmount(intl, line.open, line.currency),
      none,
      share,
      count: line.deals,
    }),
  };
}

function RiskLine({ line }: { line: CurrencyRisk }) {
  const intl = useDealmapIntl();
  const { amount, detail, title } = riskLine(intl, line);
  return (
    <li title={title}>
      <span className="risk-amount">{amount}</span> <span className="risk-detail">{detail}</span>
    </li>
  );
}

/** The figure in the reporting currency: converted at the dated rates, the currencies without a rate named. */
function TotalLine({ risk, settings }: { risk: RevenueAtRisk; settings: ReportingCurrencySettings }) {
  const intl = useDealmapIntl();
  const t = useT();
  const atRisk = convertTotal(settings, risk.atRisk);
  const open = convertTotal(settings, risk.open);
  if (atRisk === null || open === null) return null;
  const share = open.amount > 0 ? ` (${formatShare(atRisk.amount / open.amount, intl.locale)})` : '';
  const dated = open.ratesDate === null ? '' : t('pipeline.risk.rates', { date: formatIsoDate(intl, open.ratesDate) });
  const missing = open.missing.map((sum) => sum.currency ?? t('pipeline.forecast.no-currency'));
  const title = t('pipeline.risk.total-title', {
    atRisk: formatAmount(intl, atRisk.amount, atRisk.currency),
    open: formatAmount(intl, open.amount, open.currency),
    currency: open.currency,
    dated,
  });
  return (
    <li className="risk-total" title={title}>
      <span className="risk-amount">{formatCompactAmount(atRisk.amount, atRisk.currency, intl.locale)}</span>{SPACE}
      <span className="risk-detail">
        {t('pipeline.risk.total-detail', { open: formatCompactAmount(open.amount, open.currency, intl.locale), share, dated })}
        {missing.length > 0 && <span className="risk-missing">{t('pipeline.risk.no-rate', { currencies: missing.join(', ') })}</span>}
      </span>
    </li>
  );
}

export function RevenueAtRiskFigure({ risk, settings = {} }: { risk: RevenueAtRisk; settings?: ReportingCurrencySettings }) {
  const converted = settings.reportingCurrency !== undefined;
  const t = useT();
  const count = useSyncExternalStore(onWidthChange, shownCurrencies) - (converted ? 1 : 0);
  const lines = riskByCurrency(risk);
  const shown = lines.slice(0, count);
  const more = lines.slice(count);
  return (
    <section className="risk-figure" aria-labelledby="risk-title" aria-describedby="risk-explain">
      <div className="risk-heading">
        <h2 id="risk-title" className="risk-label">
          {t('pipeline.risk.label')}
        </h2>
        <p id="risk-explain" className="risk-explain">
          {converted ? t('pipeline.risk.explain-converted', { currency: settings.reportingCurrency ?? '' }) : t('pipeline.risk.explain')}
        </p>
      </div>
      {lines.length === 0 ? (
        <p className="risk-none">{t('pipeline.risk.none')}</p>
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
          <summary>{t('pipeline.risk.more', { count: more.length })}</summary>
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
