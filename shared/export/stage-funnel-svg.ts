// The stage funnel (deals and money at each computed stage) as a standalone SVG, drawn as the app's funnel chart draws it.
import { scaleLinear } from 'd3';
import type { CurrencyAmount } from '../pipeline/currency-amounts';
import type { FunnelStage } from '../pipeline/stage-funnel';
import { CHART_COLOURS, CHART_HEADING_HEIGHT, CHART_PADDING, chartPlural, chartSvg, compactAmount, type ChartSvgOptions } from './chart-svg-kit';
import { STAGE_LABELS } from '../model/vocabulary-labels';
import { escapeXml, num } from './svg-text';

const WIDTH = 560;
const LABEL_WIDTH = 90;
const BAR_AREA = 250;
const ROW_HEIGHT = 40;

export const STAGE_FUNNEL_TITLE = 'Stage funnel';
export const STAGE_FUNNEL_NOTE = 'Deals at each computed stage, with their amounts per currency.';

/** "1.2M SEK + 300K EUR": one figure per currency, never added across; past `most`, "+ 3 more"; "—" for no money. */
export function chartCurrencyAmounts(amounts: readonly CurrencyAmount[], most = Infinity): string {
  const withMoney = amounts.filter((sum) => sum.amount > 0);
  if (withMoney.length === 0) return '—';
  const shown = withMoney.slice(0, most).map((sum) => compactAmount(sum.amount, sum.currency));
  const rest = withMoney.length - shown.length;
  return rest > 0 ? `${shown.join(' + ')} + ${rest} more` : shown.join(' + ');
}

function stageWords(stage: FunnelStage): string {
  return `${STAGE_LABELS[stage.stage]}: ${chartPlural(stage.deals, 'deal')}, ${chartCurrencyAmounts(stage.amounts)}`;
}

/** The funnel of `stageFunnel(rows)`: one centred bar per stage, lead to lost, sized by deal count. Deterministic. */
export function stageFunnelSvg(funnel: readonly FunnelStage[], options: ChartSvgOptions = {}): string {
  const heading = options.heading ?? true;
  const top = CHART_PADDING + (heading ? CHART_HEADING_HEIGHT : 0);
  const most = Math.max(1, ...funnel.map((stage) => stage.deals));
  const barWidth = scaleLinear().domain([0, most]).range([0, BAR_AREA]);
  const centre = LABEL_WIDTH + BAR_AREA / 2;
  const rows = funnel.map((stage, index) => {
    const y = index * ROW_HEIGHT + 4;
    const bar = Math.max(stage.deals > 0 ? 3 : 0, barWidth(stage.deals));
    const valueX = LABEL_WIDTH + BAR_AREA + 12;
    return (
      `<g data-stage="${stage.stage}">` +
      `<text x="0" y="${y + ROW_HEIGHT / 2 - 2}" dominant-baseline="central" font-size="13" font-weight="600" fill="${CHART_COLOURS.text}">${STAGE_LABELS[stage.stage]}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${BAR_AREA}" height="${ROW_HEIGHT - 12}" rx="4" fill="${CHART_COLOURS.empty}"/>` +
      (bar > 0 ? `<rect x="${num(centre - bar / 2)}" y="${y + 4}" width="${num(bar)}" height="${ROW_HEIGHT - 12}" rx="4" fill="${CHART_COLOURS.funnel[stage.stage]}"/>` : '') +
      `<text x="${valueX}" y="${y + ROW_HEIGHT / 2 - 9}" dominant-baseline="central" font-size="13" font-weight="600" fill="${CHART_COLOURS.text}">${chartPlural(stage.deals, 'deal')}</text>` +
      `<text x="${valueX}" y="${y + ROW_HEIGHT / 2 + 7}" dominant-baseline="central" font-size="11" fill="${CHART_COLOURS.muted}">${escapeXml(chartCurrencyAmounts(stage.amounts, 2))}</text>` +
      '</g>'
    );
  });
  return chartSvg({
    idPrefix: options.idPrefix ?? 'chart-funnel',
    width: WIDTH + 2 * CHART_PADDING,
    height: top + funnel.length * ROW_HEIGHT + 8 + CHART_PADDING,
    title: STAGE_FUNNEL_TITLE,
    description: `${STAGE_FUNNEL_NOTE} ${funnel.map(stageWords).join('; ')}.`,
    note: STAGE_FUNNEL_NOTE,
    heading,
    body: `<g transform="translate(${CHART_PADDING},${top})">${rows.join('')}</g>`,
  });
}
