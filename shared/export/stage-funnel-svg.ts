// The stage funnel (deals and money at each computed stage) as a standalone SVG, drawn from the model the app's chart draws.
import { stageFunnelModel } from '../charts/stage-funnel-model';
import { CHART_COLOURS } from '../charts/chart-colours';
import type { FunnelStage } from '../pipeline/stage-funnel';
import { CHART_HEADING_HEIGHT, CHART_PADDING, chartLanguage, chartSvg, type ChartSvgOptions } from './chart-svg-kit';
import { escapeXml, num } from './svg-text';

/** The funnel of `stageFunnel(rows)`: one centred bar per stage, lead to lost, sized by deal count. Deterministic. */
export function stageFunnelSvg(funnel: readonly FunnelStage[], options: ChartSvgOptions = {}): string {
  const { locale, words } = chartLanguage(options);
  const model = stageFunnelModel(funnel, locale, words);
  const heading = options.heading ?? true;
  const top = CHART_PADDING + (heading ? CHART_HEADING_HEIGHT : 0);
  const rows = model.rows.map(
    (row) =>
      `<g data-stage="${row.stage}">` +
      `<text x="0" y="${num(row.labelY)}" dominant-baseline="central" font-size="13" font-weight="600" fill="${CHART_COLOURS.text}">${escapeXml(row.label)}</text>` +
      `<rect x="${num(row.track.x)}" y="${num(row.track.y)}" width="${num(row.track.width)}" height="${num(row.track.height)}" rx="4" fill="${row.trackColour}"/>` +
      (row.bar.width > 0
        ? `<rect x="${num(row.bar.x)}" y="${num(row.bar.y)}" width="${num(row.bar.width)}" height="${num(row.bar.height)}" rx="4" fill="${row.colour}"/>`
        : '') +
      `<text x="${num(row.valueX)}" y="${num(row.countY)}" dominant-baseline="central" font-size="13" font-weight="600" fill="${CHART_COLOURS.text}">${escapeXml(row.countText)}</text>` +
      `<text x="${num(row.valueX)}" y="${num(row.amountY)}" dominant-baseline="central" font-size="11" fill="${CHART_COLOURS.muted}">${escapeXml(row.amountText)}</text>` +
      '</g>',
  );
  return chartSvg({
    idPrefix: options.idPrefix ?? 'chart-funnel',
    width: model.width + 2 * CHART_PADDING,
    height: top + model.height + CHART_PADDING,
    title: model.title,
    description: `${model.note} ${model.rows.map((row) => row.description).join('; ')}.`,
    note: model.note,
    heading,
    body: `<g transform="translate(${CHART_PADDING},${top})">${rows.join('')}</g>`,
  });
}
