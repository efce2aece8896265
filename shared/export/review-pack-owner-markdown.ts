// The one-to-one pack as Markdown, with each deal page's map as an SVG file beside it, and the pack's file set per format.
import { svgFile } from './chart-svg-kit';
import { exportSlug } from './export-names';
import { buyingCenterSvg } from './map-svg';
import { markdownQuote, markdownTable, markdownText } from './markdown-text';
import type { ExportTextFile } from './review-pack-markdown';
import type { OwnerPackInput } from './review-pack-owner-input';
import { sharedQuestionNumbers } from './review-pack-owner-html';
import { ownerPackModel, type DealPage, type OwnerPackModel, type PackActionItem, type PackQuestion } from './review-pack-owner-model';

/** `one-to-one-<owner>-<YYYY-MM-DD>`: a name already taken gets `-2`, `-3`… where it is written. */
export function ownerPackFolderName(owner: string, asOf: string): string {
  return `one-to-one-${exportSlug(owner, 'owner')}-${asOf}`;
}

export const OWNER_PACK_FILE = 'one-to-one';

type Text = OwnerPackModel['text'];

function pairs(items: readonly (readonly [string, string])[]): string[] {
  return items.map(([label, value]) => `- **${markdownText(label)}:** ${markdownText(value)}`);
}

function items(t: Text, rows: readonly PackActionItem[], withDeal: boolean): string {
  const headers = [...(withDeal ? ['deal'] : []), 'text', 'owner', 'due'].map((key) => t(`one-to-one.action-item.${key}`));
  return markdownTable(headers, headers.map(() => false), rows.map((item) => [...(withDeal ? [item.deal] : []), item.text, item.owner, item.due]));
}

function questions(list: readonly PackQuestion[]): string[] {
  return list.map((item, index) => `${index + 1}. *${markdownText(item.question)}* — ${markdownText(item.deals.join('; '))}`);
}

/** A message whose one value reads in italics, the rest escaped: "Ask: *Who signs?*". */
function withItalic(t: Text, id: string, name: string, value: string): string {
  const mark = '\u0000';
  return markdownText(t(id, { [name]: mark })).replace(mark, `*${markdownText(value)}*`);
}

function italic(text: string): string {
  return `_${markdownText(text)}_`;
}

function dealBlock(t: Text, page: DealPage): string[] {
  const lines = [`## ${markdownText(page.heading)} · ${markdownText(page.why)}`, '', page.verdict.map(([label, value]) => `**${markdownText(label)}:** ${markdownText(value)}`).join(' · '), ''];
  lines.push(`![${markdownText(t('one-to-one.page.map-alt', { name: page.heading }))}](maps/${page.dealId}.svg)`, '', `### ${markdownText(t('one-to-one.page.what-changed'))}`, '');
  if (page.changes === null) lines.push(italic(t('one-to-one.page.no-review')));
  else lines.push(...(page.changes.length === 0 ? [italic(t('one-to-one.page.no-changes'))] : page.changes.map((text) => `- ${markdownText(text)}`)));
  lines.push('', `### ${markdownText(t('one-to-one.page.top-gaps'))}`, '');
  for (const gap of page.gaps) {
    lines.push(`- **${markdownText(gap.severity)}** \`${gap.code}\`: ${markdownText(gap.message)}`);
    for (const path of gap.paths) lines.push(`  - ${markdownText(path)}`);
    lines.push(`  - ${markdownText(t('one-to-one.gap.next', { action: gap.nextAction }))}`);
    for (const question of gap.questions) lines.push(`  - ${withItalic(t, 'one-to-one.gap.ask', 'question', question)}`);
    if (gap.sharedQuestions.length > 0) lines.push(`  - ${markdownText(sharedQuestionNumbers(t, gap.sharedQuestions))}`);
  }
  if (page.gaps.length === 0) lines.push(italic(t('one-to-one.page.no-gaps')));
  if (page.moreGaps > 0) lines.push('', italic(t('one-to-one.page.more-gaps', { count: page.moreGaps })));
  lines.push('', `### ${markdownText(t('one-to-one.page.next-actions'))}`, '', ...(page.actions.length === 0 ? [italic(t('one-to-one.page.no-actions'))] : page.actions.map((action) => `- ${markdownText(action)}`)));
  lines.push('', `### ${markdownText(t('one-to-one.page.coaching'))}`, '');
  if (page.notes === null || page.actionItems === null) lines.push(italic(t('one-to-one.page.no-coaching')));
  else {
    lines.push(page.notes === '' ? italic(t('one-to-one.page.no-notes')) : markdownQuote(page.notes), '');
    lines.push(page.actionItems.length === 0 ? italic(t('one-to-one.page.no-action-items')) : items(t, page.actionItems, false));
  }
  return [...lines, ''];
}

export function ownerPackMarkdown(input: OwnerPackInput): { readonly markdown: string; readonly files: readonly ExportTextFile[] } {
  const model = ownerPackModel(input);
  const { opening, text: t } = model;
  const heading = (id: string, values?: Parameters<Text>[1]) => `## ${markdownText(t(id, values))}`;
  const lines = [`# ${markdownText(opening.title)}`, '', markdownText(`${opening.basis} ${opening.money}`), ''];
  if (opening.challenges.length > 0) {
    lines.push(heading('one-to-one.challenges', { count: opening.challenges.length + opening.moreChallenges }), '', ...pairs(opening.challenges));
    if (opening.moreChallenges > 0) lines.push(`- ${markdownText(t('one-to-one.challenges-more', { count: opening.moreChallenges }))}`);
    lines.push('');
  }
  lines.push(heading('one-to-one.top-questions'), '', ...(opening.topQuestions.length === 0 ? [italic(t('one-to-one.no-questions'))] : questions(opening.topQuestions)), '');
  lines.push(heading('one-to-one.numbers'), '', ...pairs(opening.numbers), '', heading('one-to-one.since-review'), '');
  lines.push(...(opening.changes === null ? [italic(t('one-to-one.page.no-review'))] : pairs(opening.changes)), '', markdownText(opening.overdue), '');
  lines.push(heading('one-to-one.action-items'), '', opening.actionItems.length === 0 ? italic(t('one-to-one.action-items-none')) : items(t, opening.actionItems, true), '');
  if (opening.moreActionItems > 0) lines.push(italic(t('one-to-one.action-items-more', { count: opening.moreActionItems })), '');
  for (const page of model.pages) lines.push(...dealBlock(t, page));
  if (model.sharedQuestions.length > 0) lines.push(heading('one-to-one.shared-questions'), '', ...questions(model.sharedQuestions), '');
  if (model.table.rows.length > 0) {
    lines.push(heading('one-to-one.rest.count', { title: model.table.title, count: model.table.rows.length }), '', ...model.notes.map(markdownText), '', markdownTable(model.table.headers, model.table.numeric, model.table.rows), '');
  }
  return {
    markdown: `${lines.join('\n').trimEnd()}\n`,
    files: input.sections.map(({ deal, qualification }) => ({ name: `maps/${deal.id}.svg`, content: svgFile(buyingCenterSvg(deal, qualification, { language: model.language })) })),
  };
}
