// The heatmap of deals by gap code: a cell opens its deal in the map with that gap selected.
import { scaleBand } from 'd3';
import type { KeyboardEvent } from 'react';
import type { GapCode } from '../../shared/engine/types';
import type { GapHeatmap, GapHeatmapCell, GapHeatmapRow } from '../../shared/pipeline';
import { formatAmount } from '../vocabulary-labels';
import { useGapCodeLabel } from '../pipeline/gap-code-label';
import { useDealmapIntl } from '../i18n/language-context';
import { useT, type Translate } from '../i18n/use-t';
import { ChartCard } from './chart-card';
import { countOf } from '../../shared/charts/chart-format';
import { formatCompactAmount } from './chart-format';
import { useChartTooltip } from './chart-tooltip';
import { useChartWords } from './use-chart-words';

const LABEL_WIDTH = 280;
const CELL_WIDTH = 38;
/** Two lines a row: the deal's name, and its account under it, since many deals share a name. */
const ROW_HEIGHT = 34;
/** Characters that fit in the label column beside the amount (12 px names, 11 px accounts). */
const DEAL_CHARS = 30;
const ACCOUNT_CHARS = 34;
const HEADER_HEIGHT = 150;
const TOTALS_HEIGHT = 22;

interface GapHeatmapChartProps {
  readonly heatmap: GapHeatmap;
  readonly onOpenGap: (dealId: string, gapCode: GapCode) => void;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** "Data platform renewal — Nordvik AB, Sara Lind": the label's tooltip, whole. */
function rowTitle(row: GapHeatmapRow): string {
  return `${row.deal} — ${row.account}${row.owner ? `, ${row.owner}` : ''}`;
}

function cellText(t: Translate, row: GapHeatmapRow, cell: GapHeatmapCell, code: string): string {
  const values = { deal: row.deal, account: row.account, code, count: cell.count };
  return t(cell.count > 1 ? 'charts.heatmap.cell-times' : 'charts.heatmap.cell', values);
}

function HeatmapTable({ heatmap, onOpenGap }: GapHeatmapChartProps) {
  const t = useT();
  const gapCodeLabel = useGapCodeLabel();
  return (
    <table className="chart-data-table">
      <thead>
        <tr>
          <th scope="col">{t('charts.heatmap.column.deal')}</th>
          <th scope="col">{t('charts.heatmap.column.account')}</th>
          <th scope="col">{t('charts.heatmap.column.amount')}</th>
          <th scope="col">{t('charts.heatmap.column.gaps')}</th>
        </tr>
      </thead>
      <tbody>
        {heatmap.rows.map((row) => (
          <tr key={row.dealId}>
            <th scope="row">{row.deal}</th>
            <td>{row.account}</td>
            <td className="numeric">{formatAmount(row.amount ?? undefined, row.currency ?? undefined)}</td>
            <td>
              <ul className="chart-table-gaps">
                {row.cells.map(
                  (cell) =>
                    cell && (
                      <li key={cell.code}>
                        <button type="button" className="link-button" onClick={() => onOpenGap(cell.dealId, cell.code)}>
                          {cell.count > 1 ? t('charts.heatmap.gap-times', { code: gapCodeLabel(cell.code), count: cell.count }) : gapCodeLabel(cell.code)}
                        </button>
                      </li>
                    ),
                )}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function GapHeatmapChart({ heatmap, onOpenGap }: GapHeatmapChartProps) {
  const { frame, tooltip, tipFor } = useChartTooltip();
  const { locale } = useDealmapIntl();
  const t = useT();
  const words = useChartWords();
  const gapCodeLabel = useGapCodeLabel();
  const x = scaleBand<string>().domain(heatmap.codes).range([LABEL_WIDTH, LABEL_WIDTH + heatmap.codes.length * CELL_WIDTH]).padding(0.08);
  const y = scaleBand<string>()
    .domain(heatmap.rows.map((row) => row.dealId))
    .range([HEADER_HEIGHT + TOTALS_HEIGHT, HEADER_HEIGHT + TOTALS_HEIGHT + heatmap.rows.length * ROW_HEIGHT])
    .padding(0.08);
  const width = LABEL_WIDTH + heatmap.codes.length * CELL_WIDTH + 80;
  const height = HEADER_HEIGHT + TOTALS_HEIGHT + heatmap.rows.length * ROW_HEIGHT + 4;
  const note =
    heatmap.rows.length === 0
      ? t('charts.heatmap.none')
      : t('charts.heatmap.on-screen', { deals: countOf(heatmap.rows.length, words.deal, locale), total: heatmap.dealsWithGaps, order: t('charts.heatmap.order') });

  const open = (cell: GapHeatmapCell) => onOpenGap(cell.dealId, cell.code);
  const onKey = (event: KeyboardEvent, cell: GapHeatmapCell) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open(cell);
  };

  return (
    <ChartCard title={t('charts.heatmap.title')} note={note} className="chart-wide" table={<HeatmapTable heatmap={heatmap} onOpenGap={onOpenGap} />}>
      {heatmap.rows.length > 0 && (
        <div className="chart-frame" ref={frame}>
          <svg className="chart-svg heatmap" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="false" role="group" aria-label={t('charts.heatmap.label')}>
            <text className="heatmap-total" x={LABEL_WIDTH - 8} y={HEADER_HEIGHT + 14} textAnchor="end">
              {t('charts.heatmap.deals-with-gap')}
            </text>
            {heatmap.codes.map((code, index) => {
              const left = (x(code) ?? 0) + x.bandwidth() / 2;
              return (
                <g key={code}>
                  <text className="heatmap-code" transform={`translate(${left},${HEADER_HEIGHT - 6}) rotate(-50)`}>
                    {gapCodeLabel(code)}
                  </text>
                  <text className="heatmap-total" x={left} y={HEADER_HEIGHT + 14} textAnchor="middle">
                    <title>{t('charts.heatmap.code-total', { deals: countOf(heatmap.codeTotals[index] ?? 0, words.deal, locale), code: gapCodeLabel(code) })}</title>
                    {heatmap.codeTotals[index]}
                  </text>
                </g>
              );
            })}
            {heatmap.rows.map((row) => {
              const top = y(row.dealId) ?? 0;
              const middle = top + y.bandwidth() / 2;
              return (
                <g key={row.dealId}>
                  <text className="heatmap-deal" x={4} y={middle - 7} dominantBaseline="central">
                    <title>{rowTitle(row)}</title>
                    {truncate(row.deal, DEAL_CHARS)}
                  </text>
                  <text className="heatmap-account" x={4} y={middle + 8} dominantBaseline="central">
                    <title>{rowTitle(row)}</title>
                    {truncate(row.account, ACCOUNT_CHARS)}
                  </text>
                  <text className="heatmap-amount" x={LABEL_WIDTH - 8} y={middle} dominantBaseline="central" textAnchor="end">
                    {row.amount === null ? '' : formatCompactAmount(row.amount, row.currency, locale)}
                  </text>
                  {row.cells.map((cell, index) => {
                    const code = heatmap.codes[index] ?? '';
                    const left = x(code) ?? 0;
                    if (!cell) {
                      return <rect key={code} className="heatmap-empty" x={left} y={top} width={x.bandwidth()} height={y.bandwidth()} rx={3} />;
                    }
                    const text = cellText(t, row, cell, gapCodeLabel(cell.code));
                    return (
                      <g
                        key={code}
                        className={`heatmap-cell heatmap-${cell.severity}`}
                        role="button"
                        tabIndex={0}
                        aria-label={text}
                        data-deal-id={cell.dealId}
                        data-gap-code={cell.code}
                        onClick={() => open(cell)}
                        onKeyDown={(event) => onKey(event, cell)}
                        {...tipFor(text)}
                      >
                        <rect x={left} y={top} width={x.bandwidth()} height={y.bandwidth()} rx={3} />
                        {cell.count > 1 && (
                          <text x={left + x.bandwidth() / 2} y={middle} textAnchor="middle" dominantBaseline="central">
                            {cell.count}
                          </text>
                        )}
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
          {tooltip}
        </div>
      )}
      <ul className="chart-legend" aria-label={t('charts.legend')}>
        <li><span className="legend-swatch heatmap-blocker" /> {t('charts.heatmap.blocker')}</li>
        <li><span className="legend-swatch heatmap-warning" /> {t('charts.heatmap.warning')}</li>
        <li><span className="legend-swatch heatmap-info" /> {t('charts.heatmap.info')}</li>
        <li className="muted">{t('charts.heatmap.count')}</li>
      </ul>
    </ChartCard>
  );
}
