// The one-to-one pack as Markdown, with each deal page's map as an SVG file beside it, and the pack's file set per format.
import { svgFile } from './chart-svg-kit';
import { exportSlug } from './export-names';
import { buyingCenterSvg } from './map-svg';
import { markdownQuote, markdownTable, markdownText } from './markdown-text';
import type { ExportTextFile } from './review-pack-markdown';
import type { OwnerPackInput } from './review-pack-owner-input';
import { ownerPackModel, type DealPage, type PackActionItem, type PackQuestion } from './review-pack-owner-model';

/** `one-to-one-<owner>-<YYYY-MM-DD>`: a name already taken gets `-2`, `-3`… where it is written. */
export function ownerPackFolderName(owner: string, asOf: string): string {
  return `one-to-one-${exportSlug(owner, 'owner')}-${asOf}`;
}

export const OWNER_PACK_FILE = 'one-to-one';

function pairs(items: readonly (readonly [string, string])[]): string[] {
  return items.map(([label, value]) => `- **${markdownText(label)}:** ${markdownText(value)}`);
}

function items(rows: readonly PackActionItem[], withDeal: boolean): string {
  const headers = [...(withDeal ? ['Deal'] : []), 'Action item', 'Owner', 'Due'];
  return markdownTable(headers, headers.map(() => false), rows.map((item) => [...(withDeal ? [item.deal] : []), item.text, item.owner, item.due]));
}

function questions(list: readonly PackQuestion[]): string[] {
  return list.map((item, index) => `${index + 1}. *${markdownText(item.question)}* — ${markdownText(item.deals.join('; '))}`);
}

function dealBlock(page: DealPage): string[] {
  const lines = [`## ${markdownText(page.heading)} · ${page.why}`, '', page.verdict.map(([label, value]) => `**${label}:** ${markdownText(value)}`).join(' · '), ''];
  lines.push(`![Map of ${markdownText(page.heading)}](maps/${page.dealId}.svg)`, '', '### What changed', '');
  if (page.changes === null) lines.push('_No earlier review._');
  else lines.push(...(page.changes.length === 0 ? ['_No changes since the review._'] : page.changes.map((text) => `- ${markdownText(text)}`)));
  lines.push('', '### Top gaps', '');
  for (const gap of page.gaps) {
    lines.push(`- **${gap.severity}** \`${gap.code}\`: ${markdownText(gap.message)}`);
    for (const path of gap.paths) lines.push(`  - ${markdownText(path)}`);
    lines.push(`  - Next: ${markdownText(gap.nextAction)}`);
    for (const question of gap.questions) lines.push(`  - Ask: *${markdownText(question)}*`);
    if (gap.sharedQuestions.length > 0) lines.push(`  - Also asked once for several deals: Q${gap.sharedQuestions.join(', Q')}`);
  }
  if (page.gaps.length === 0) lines.push('_No gaps._');
  if (page.moreGaps > 0) lines.push('', `_And ${page.moreGaps} more in Dealmap._`);
  lines.push('', '### Next actions', '', ...(page.actions.length === 0 ? ['_Nothing to suggest._'] : page.actions.map((action) => `- ${markdownText(action)}`)));
  lines.push('', "### Coach's notes", '');
  if (page.notes === null || page.actionItems === null) lines.push('_No review yet: start one to write notes and action items._');
  else {
    lines.push(page.notes === '' ? '_No notes._' : markdownQuote(page.notes), '');
    lines.push(page.actionItems.length === 0 ? '_No action items._' : items(page.actionItems, false));
  }
  return [...lines, ''];
}

export function ownerPackMarkdown(input: OwnerPackInput): { readonly markdown: string; readonly files: readonly ExportTextFile[] } {
  const model = ownerPackModel(input);
  const { opening } = model;
  const lines = [`# ${markdownText(opening.title)}`, '', markdownText(`${opening.basis} ${opening.money}`), ''];
  if (opening.challenges.length > 0) {
    lines.push('## The engine challenges these commit calls', '', ...pairs(opening.challenges));
    if (opening.moreChallenges > 0) lines.push(`- and ${opening.moreChallenges} more on the pages below`);
    lines.push('');
  }
  lines.push('## Three questions for this week', '', ...(opening.topQuestions.length === 0 ? ['_No gaps to ask about._'] : questions(opening.topQuestions)), '');
  lines.push('## Pipeline in numbers', '', ...pairs(opening.numbers), '', '## Since the review', '');
  lines.push(...(opening.changes === null ? ['_No earlier review._'] : pairs(opening.changes)), '', markdownText(opening.overdue), '');
  lines.push('## Open action items', '', opening.actionItems.length === 0 ? '_None open._' : items(opening.actionItems, true), '');
  if (opening.moreActionItems > 0) lines.push(`_And ${opening.moreActionItems} more on the deal pages._`, '');
  for (const page of model.pages) lines.push(...dealBlock(page));
  if (model.sharedQuestions.length > 0) lines.push('## Questions asked once, for several deals', '', ...questions(model.sharedQuestions), '');
  if (model.table.rows.length > 0) {
    lines.push(`## ${model.table.title} (${model.table.rows.length})`, '', ...model.notes.map(markdownText), '', markdownTable(model.table.headers, model.table.numeric, model.table.rows), '');
  }
  return {
    markdown: `${lines.join('\n').trimEnd()}\n`,
    files: input.sections.map(({ deal, qualification }) => ({ name: `maps/${deal.id}.svg`, content: svgFile(buyingCenterSvg(deal, qualification)) })),
  };
}
