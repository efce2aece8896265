// Open amount by close month, stacked: the part in deals with blockers, and the part without.
import { scaleBand, scaleLinear, stack } from 'd3';
import type { CloseMonthAmount, CloseMonthSeries } from '../../shared/pipeline';
import { ChartCard } from './chart-card';
import { formatCompactAmount, formatMonth, plural } from './chart-format';
import { useChartTooltip } from './chart-tooltip';

const WIDTH = 620;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 40, left: 64 };
const KEYS = ['blocked', 'notBlocked'] as const;
const KEY_LABELS = { blocked: 'Blocked', notBlocked: 'Not blocked' } as const;

interface CloseMonthChartProps {
  readonly series: CloseMonthSeries;
  readonly onCurrency: (currency: string | null) => void;
}

function currencyName(currency: string | null): string {
  return currency ?? 'No currency';
}

function monthText(month: CloseMonthAmount, key: (typeof KEYS)[number], currency: string | null): string {
  const deals = key === 'blocked' ? month.blockedDeals : month.notBlockedDeals;
  return `${formatMonth(month.month)}, ${KEY_LABELS[key].toLowerCase()}: ${formatCompactAmount(month[key], currency)} in ${plural(deals, 'deal')}`;
}

function MonthTable({ series }: { series: CloseMonthSeries }) {
  return (
    <table className="chart-data-table">
      <thead>
        <tr>
          <th scope="col">Close month</th>
          <th scope="col">Blocked</th>
          <th scope="col">Not blocked</th>
        </tr>
      </thead>
      <tbody>
        {series.months.map((month) => (
          <tr key={month.month}>
            <th scope="row">{formatMonth(month.month)}</th>
            <td className="numeric">
              {formatCompactAmount(month.blocked, series.currency)} ({month.blockedDeals})
            </td>
            <td className="numeric">
              {formatCompactAmount(month.notBlocked, series.currency)} ({month.notBlockedDeals})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CloseMonthChart({ series, onCurrency }: CloseMonthChartProps) {
  const { frame, tooltip, tipFor } = useChartTooltip();
  const x = scaleBand<string>()
    .domain(series.months.map((month) => month.month))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const top = Math.max(1, ...series.months.map((month) => month.blocked + month.notBlocked));
  const y = scaleLinear().domain([0, top]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const layers = stack<CloseMonthAmount>().keys(KEYS)([...series.months]);
  const labelEvery = Math.ceil(series.months.length / 12);
  const note = (
    <>
      Open deals by expected close month, in {currencyName(series.currency)}
      {series.undatedDeals > 0 && `; ${plural(series.undatedDeals, 'open deal')} without a close date not shown`}.
    </>
  );
  return (
    <ChartCard title="Open amount by close month" note={note} table={<MonthTable series={series} />}>
      {series.currencies.length > 1 && (
        <label className="chart-control">
          Currency{' '}
          <select value={series.currency ?? ''} onChange={(event) => onCurrency(event.target.value === '' ? null : event.target.value)}>
            {series.currencies.map((currency) => (
              <option key={currency ?? ''} value={currency ?? ''}>
                {currencyName(currency)}
              </option>
            ))}
          </select>
        </label>
      )}
      {series.months.length === 0 ? (
        <p className="chart-empty">No open deal in view has a close date.</p>
      ) : (
        <div className="chart-frame" ref={frame}>
          <svg className="chart-svg" style={{ maxWidth: WIDTH }} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="Open amount by close month">
            {y.ticks(4).map((tick) => (
              <g key={tick}>
                <line className="chart-grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
                <text className="chart-tick" x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="central">
                  {formatCompactAmount(tick, series.currency)}
                </text>
              </g>
            ))}
            {layers.map((layer) => {
              const key = KEYS.find((k) => k === layer.key) ?? 'blocked';
              return layer.map((point) => {
                const month = point.data;
                const height = y(point[0]) - y(point[1]);
                if (height <= 0) return null;
                const text = monthText(month, key, series.currency);
                return (
                  <rect
                    key={`${key}-${month.month}`}
                    className={`month-bar month-${key === 'blocked' ? 'blocked' : 'clear'}`}
                    x={x(month.month)}
                    y={y(point[1])}
                    width={x.bandwidth()}
                    height={height}
                    tabIndex={0}
                    role="img"
                    aria-label={text}
                    {...tipFor(text)}
                  />
                );
              });
            })}
            {series.months.map((month, index) =>
              index % labelEvery === 0 ? (
                <text key={month.month} className="chart-tick" x={(x(month.month) ?? 0) + x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle">
                  {formatMonth(month.month)}
                </text>
              ) : null,
            )}
          </svg>
          {tooltip}
        </div>
      )}
      <ul className="chart-legend" aria-label="Legend">
        <li><span className="legend-swatch month-blocked" /> In deals with blockers</li>
        <li><span className="legend-swatch month-clear" /> In deals without blockers</li>
      </ul>
    </ChartCard>
  );
}
