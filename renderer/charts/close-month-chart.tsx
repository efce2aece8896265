// Open amount by close month, stacked: the part in deals with blockers, and the part without; drawn from shared/charts' model.
import { closeMonthModel, type CloseMonthModel } from '../../shared/charts/close-month-model';
import type { CloseMonthSeries } from '../../shared/pipeline';
import { useDealmapIntl } from '../i18n/language-context';
import { useT } from '../i18n/use-t';
import { ChartCard } from './chart-card';
import { useChartTooltip } from './chart-tooltip';
import { useChartWords } from './use-chart-words';

interface CloseMonthChartProps {
  readonly series: CloseMonthSeries;
  readonly onCurrency: (currency: string | null) => void;
}

function MonthTable({ model }: { model: CloseMonthModel }) {
  const t = useT();
  return (
    <table className="chart-data-table">
      <thead>
        <tr>
          <th scope="col">{t('charts.close-month.column.month')}</th>
          <th scope="col">{t('charts.close-month.blocked')}</th>
          <th scope="col">{t('charts.close-month.not-blocked')}</th>
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.month}>
            <th scope="row">{row.label}</th>
            <td className="numeric">
              {t('charts.close-month.cell', { amount: row.blocked, deals: row.blockedDeals })}
            </td>
            <td className="numeric">
              {t('charts.close-month.cell', { amount: row.notBlocked, deals: row.notBlockedDeals })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CloseMonthChart({ series, onCurrency }: CloseMonthChartProps) {
  const { frame, tooltip, tipFor } = useChartTooltip();
  const t = useT();
  const model = closeMonthModel(series, useDealmapIntl().locale, useChartWords());
  const currencyName = (currency: string | null) => currency ?? t('charts.close-month.no-currency');
  return (
    <ChartCard title={model.title} note={model.note} table={<MonthTable model={model} />}>
      {series.currencies.length > 1 && (
        <label className="chart-control">
          {t('charts.close-month.currency')} <select value={series.currency ?? ''} onChange={(event) => onCurrency(event.target.value === '' ? null : event.target.value)}>
            {series.currencies.map((currency) => (
              <option key={currency ?? ''} value={currency ?? ''}>
                {currencyName(currency)}
              </option>
            ))}
          </select>
        </label>
      )}
      {model.empty ? (
        <p className="chart-empty">{t('charts.close-month.empty')}</p>
      ) : (
        <div className="chart-frame" ref={frame}>
          <svg className="chart-svg" style={{ maxWidth: model.width }} viewBox={`0 0 ${model.width} ${model.height}`} role="group" aria-label={model.title}>
            {model.ticks.map((tick) => (
              <g key={tick.label}>
                <line className="chart-grid" x1={model.gridLeft} x2={model.gridRight} y1={tick.y} y2={tick.y} />
                <text className="chart-tick" x={model.gridLeft - 6} y={tick.y} textAnchor="end" dominantBaseline="central">
                  {tick.label}
                </text>
              </g>
            ))}
            {model.bars.map((bar) => (
              <rect
                key={`${bar.part}-${bar.month}`}
                className="month-bar"
                data-month={bar.month}
                data-part={bar.part === 'blocked' ? 'blocked' : 'not-blocked'}
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
                fill={bar.colour}
                tabIndex={0}
                role="img"
                aria-label={bar.description}
                {...tipFor(bar.description)}
              />
            ))}
            {model.monthLabels.map((label) => (
              <text key={label.month} className="chart-tick" x={label.x} y={label.y} textAnchor="middle">
                {label.label}
              </text>
            ))}
          </svg>
          {tooltip}
        </div>
      )}
      <ul className="chart-legend" aria-label={t('charts.legend')}>
        {model.legend.map(([colour, label]) => (
          <li key={label}>
            <span className="legend-swatch" style={{ background: colour }} /> {label}
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}
