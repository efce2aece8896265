// The heatmap of deals by gap code, drawn from shared/charts' model: a cell opens its deal in the map with that gap selected.
import type { KeyboardEvent } from 'react';
import type { GapCode } from '../../shared/engine/types';
import { gapHeatmapModel, HEATMAP_CODE_ANGLE, type GapHeatmapModel, type HeatmapCellModel } from '../../shared/charts/gap-heatmap-model';
import type { GapHeatmap } from '../../shared/pipeline';
import { useDealmapIntl } from '../i18n/language-context';
import { useT } from '../i18n/use-t';
import { ChartCard } from './chart-card';
import { countOf } from '../../shared/charts/chart-format';
import { useChartTooltip } from './chart-tooltip';
import { useChartWords } from './use-chart-words';

interface GapHeatmapChartProps {
  readonly heatmap: GapHeatmap;
  readonly onOpenGap: (dealId: string, gapCode: GapCode) => void;
}

/** "1 234 500 SEK": the table's amount, whole, in the page's locale. */
function tableAmount(amount: number | null, currency: string | null, locale: string): string {
  if (amount === null) return '—';
  try {
    return new Intl.NumberFormat(locale, { style: currency ? 'currency' : 'decimal', ...(currency ? { currency } : {}), maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount)} ${currency ?? ''}`.trim();
  }
}

function HeatmapTable({ heatmap, model, onOpenGap }: GapHeatmapChartProps & { readonly model: GapHeatmapModel }) {
  const t = useT();
  const { locale } = useDealmapIntl();
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
        {heatmap.rows.map((row, index) => (
          <tr key={row.dealId}>
            <th scope="row">{row.deal}</th>
            <td>{row.account}</td>
            <td className="numeric">{tableAmount(row.amount, row.currency, locale)}</td>
            <td>
              <ul className="chart-table-gaps">
                {(model.rows[index]?.cells ?? []).map((cell, column) => {
                  const { gap } = cell;
                  const label = model.columns[column]?.label ?? cell.code;
                  return (
                    gap && (
                      <li key={cell.code}>
                        <button type="button" className="link-button" onClick={() => onOpenGap(gap.dealId, cell.code)}>
                          {gap.count > 1 ? t('charts.heatmap.gap-times', { code: label, count: gap.count }) : label}
                        </button>
                      </li>
                    )
                  );
                })}
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
  const model = gapHeatmapModel(heatmap, locale, words);
  const note =
    heatmap.rows.length === 0
      ? t('charts.heatmap.none')
      : t('charts.heatmap.on-screen', { deals: countOf(heatmap.rows.length, words.deal, locale), total: heatmap.dealsWithGaps, order: t('charts.heatmap.order') });

  const open = (dealId: string, code: GapCode) => onOpenGap(dealId, code);
  const onKey = (event: KeyboardEvent, dealId: string, code: GapCode) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    open(dealId, code);
  };
  const cellView = (cell: HeatmapCellModel, middle: number) => {
    const { box, gap } = cell;
    const rect = <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={3} fill={cell.colour} />;
    if (gap === null) return <g key={cell.code} className="heatmap-empty">{rect}</g>;
    return (
      <g
        key={cell.code}
        className={`heatmap-cell heatmap-${gap.severity}`}
        role="button"
        tabIndex={0}
        aria-label={gap.name}
        data-deal-id={gap.dealId}
        data-gap-code={cell.code}
        onClick={() => open(gap.dealId, cell.code)}
        onKeyDown={(event) => onKey(event, gap.dealId, cell.code)}
        {...tipFor(gap.name)}
      >
        {rect}
        {gap.countText && (
          <text x={box.x + box.width / 2} y={middle} textAnchor="middle" dominantBaseline="central">
            {gap.countText}
          </text>
        )}
      </g>
    );
  };

  return (
    <ChartCard title={model.title} note={note} className="chart-wide" table={<HeatmapTable heatmap={heatmap} model={model} onOpenGap={onOpenGap} />}>
      {model.rows.length > 0 && (
        <div className="chart-frame" ref={frame}>
          <svg className="chart-svg heatmap" viewBox={`0 0 ${model.width} ${model.height}`} width={model.width} height={model.height} aria-hidden="false" role="group" aria-label={model.label}>
            <text className="heatmap-total" x={model.labelWidth - 8} y={model.totalsY} textAnchor="end">
              {model.totalsLabel}
            </text>
            {model.columns.map((column) => (
              <g key={column.code}>
                <text className="heatmap-code" transform={`translate(${column.centre},${model.header - 6}) rotate(-${HEATMAP_CODE_ANGLE})`}>
                  {column.label}
                </text>
                <text className="heatmap-total" x={column.centre} y={model.totalsY} textAnchor="middle">
                  <title>{column.totalTitle}</title>
                  {column.total}
                </text>
              </g>
            ))}
            {model.rows.map((row) => (
              <g key={row.dealId} data-row-id={row.dealId}>
                <text className="heatmap-deal" x={4} y={row.dealY} dominantBaseline="central">
                  <title>{row.title}</title>
                  {row.deal}
                </text>
                <text className="heatmap-account" x={4} y={row.accountY} dominantBaseline="central">
                  <title>{row.title}</title>
                  {row.account}
                </text>
                <text className="heatmap-amount" x={model.labelWidth - 8} y={row.middle} dominantBaseline="central" textAnchor="end">
                  {row.amountText}
                </text>
                {row.cells.map((cell) => cellView(cell, row.middle))}
              </g>
            ))}
          </svg>
          {tooltip}
        </div>
      )}
      <ul className="chart-legend" aria-label={t('charts.legend')}>
        {model.legend.map((item) =>
          item.colour === null ? (
            <li key="count" className="muted">{item.text}</li>
          ) : (
            <li key={item.severity}>
              <span className="legend-swatch" style={{ background: item.colour }} /> {item.text}
            </li>
          ),
        )}
      </ul>
    </ChartCard>
  );
}
