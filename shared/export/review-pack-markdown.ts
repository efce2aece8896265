// The review pack as Markdown: pipeline summary, then per deal its map (an SVG file beside it), gaps, changes and coaching.
import type { ActionItem } from '../review/review-schema';
import { buyingCenterSvg } from './map-svg';
import { svgFile } from './chart-svg-kit';
import { markdownQuote, markdownTable, markdownText } from './markdown-text';
import { PACK_CHART_IDS, packCharts, type PackChart, type PackChartId } from './pack-charts';
import type { ReviewPackInput } from './review-pack-input';
import { reviewPackModel, type PackDealSection, type PackTable, type ReviewPackModel } from './review-pack-model';

export interface ExportTextFile {
  /** Relative to the export folder, e.g. `maps/northwind-erp.svg`. */
  readonly name: string;
  readonly content: string;
}

export interface ReviewPackMarkdown {
  readonly markdown: string;
  /** The chart and map images the Markdown links to. */
  readonly files: readonly ExportTextFile[];
}

/** The Markdown file's name in the export folder. */
export const REVIEW_PACK_MARKDOWN_FILE = 'review-pack.md';

function tableBlock(t: Text, table: PackTable, charts: Readonly<Record<PackChartId, PackChart>>): string[] {
  const lines = [`### ${markdownText(table.title)}`, ''];
  // The chart first; the table under it is its text alternative.
  const chart = table.chart === null ? null : charts[table.chart];
  if (chart) lines.push(`![${markdownText(chart.alt)}](${chart.file})`, '');
  lines.push(table.rows.length === 0 ? `_${t('export.table.none')}_` : markdownTable(table.headers, table.numeric, table.rows));
  if (table.note !== '') lines.push('', markdownText(table.note));
  return [...lines, ''];
}

type Text = ReviewPackModel['text'];

function actionItemRow(t: Text, item: ActionItem): string[] {
  const carried = item.carriedFrom ? ` ${t('export.deal.carried-from', { date: item.carriedFrom })}` : '';
  return [`${item.text}${carried}`, item.owner || '—', item.due ?? '—', t(item.done ? 'export.deal.action-done' : 'export.deal.action-open')];
}

function dealBlock(t: Text, section: PackDealSection): string[] {
  const lines = [`### ${markdownText(section.heading)}`, ''];
  lines.push(section.facts.map(([label, value]) => `**${label}:** ${markdownText(value)}`).join(' · '), '');
  lines.push(`![${markdownText(section.mapAlt)}](${section.mapFile})`, '');
  lines.push(`#### ${t('export.deal.gaps')}`, '');
  if (section.gaps.length === 0) lines.push(`_${t('export.deal.no-gaps')}_`);
  for (const gap of section.gaps) {
    lines.push(`- **${gap.severity}** \`${gap.code}\`: ${markdownText(gap.message)}  `, `  ${t('export.deal.next')} ${markdownText(gap.nextAction)}`);
    if (gap.questions.length > 0) {
      // A nested list: each question is its own line, under the gap it is about.
      lines[lines.length - 1] += '  ';
      lines.push(`  ${t('export.deal.ask')}`, ...gap.questions.map((question) => `  - ${markdownText(question)}`));
    }
  }
  lines.push('', `#### ${t('export.deal.changes')}`, '');
  if (section.changes === null) lines.push(`_${t('export.deal.no-review')}_`);
  else if (section.changes.length === 0) lines.push(`_${t('export.deal.no-changes')}_`);
  else lines.push(...section.changes.map((text) => `- ${markdownText(text)}`));
  lines.push('', `#### ${t('export.deal.coaching')}`, '');
  if (section.notes === null || section.actionItems === null) {
    lines.push(`_${t('export.deal.no-coaching')}_`);
  } else {
    lines.push(section.notes === '' ? `_${t('export.deal.no-notes')}_` : markdownQuote(section.notes), '');
    lines.push(
      section.actionItems.length === 0
        ? `_${t('export.deal.no-action-items')}_`
        : markdownTable(
            ['action-item', 'action-owner', 'action-due', 'action-status'].map((key) => t(`export.deal.${key}`)),
            [false, false, false, false],
            section.actionItems.map((item) => actionItemRow(t, item)),
          ),
    );
  }
  return [...lines, ''];
}

/**
 * The whole pack; deterministic, so the same input gives the same bytes. Each pipeline chart
 * (`charts/<chart>.svg`) and each deal's map (`maps/<deal-id>.svg`) is a file of its own that the
 * Markdown shows as an image.
 */
export function reviewPackMarkdown(input: ReviewPackInput): ReviewPackMarkdown {
  const model = reviewPackModel(input);
  const charts = packCharts(input.rows, input.language ?? 'en');
  const lines = [`# ${markdownText(model.title)}`, '', markdownText(model.basis), ''];
  if (model.scope !== '') lines.push(markdownText(model.text('export.pack.in-view', { scope: model.scope })), '');
  lines.push(`## ${model.text('export.pack.summary')}`, '', `**${markdownText(model.risk)}**`, '');
  if (model.changeSummary) {
    lines.push(`### ${model.text('export.pack.what-changed')}`, '');
    lines.push(...model.changeSummary.map(([label, names]) => `- **${label}:** ${markdownText(names)}`), '');
  }
  for (const table of model.tables) lines.push(...tableBlock(model.text, table, charts));
  lines.push(`## ${model.text('export.pack.deals')}`, '');
  if (model.deals.length === 0) lines.push(`_${model.text('export.pack.no-deals')}_`, '');
  for (const section of model.deals) lines.push(...dealBlock(model.text, section));
  if (model.omitted !== '') lines.push(markdownText(model.omitted), '');
  return {
    markdown: `${lines.join('\n').trimEnd()}\n`,
    files: [
      ...PACK_CHART_IDS.map((id) => ({ name: charts[id].file, content: svgFile(charts[id].svg()) })),
      ...input.deals.map(({ deal, qualification }) => ({ name: `maps/${deal.id}.svg`, content: svgFile(buyingCenterSvg(deal, qualification, { language: input.language ?? 'en' })) })),
    ],
  };
}

