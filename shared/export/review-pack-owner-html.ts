// The one-to-one pack as one printable HTML page (maps inline as SVG, print CSS, no scripts): every page break is a CSS break.
import { messageRef } from '../i18n/message-ref';
import { SEVERITY_CLASS } from './export-labels';
import { buyingCenterSvg } from './map-svg';
import { REVIEW_PACK_PAGE_POLICY } from './review-pack-html';
import type { PackTable } from './review-pack-model';
import type { OwnerPackInput } from './review-pack-owner-input';
import { ownerPackModel, type DealPage, type OwnerPackModel, type PackActionItem, type PackQuestion } from './review-pack-owner-model';
import { escapeXml as html } from './svg-text';

/** The class of every element that starts a printed page: the page budget test counts them. */
export const PACK_PAGE_CLASS = 'pack-page';

const STYLE = `
:root { color: #1d2433; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; font-size: 11px; line-height: 1.35; }
body { margin: 16px auto; max-width: 1000px; padding: 0 20px; background: #fff; }
h1 { font-size: 19px; margin: 0 0 2px; }
h2 { font-size: 15px; margin: 0 0 4px; }
h3 { font-size: 11px; margin: 8px 0 2px; color: #3d4656; text-transform: uppercase; letter-spacing: 0.04em; }
p, ul, ol { margin: 2px 0 4px; }
ul, ol { padding-left: 18px; }
.muted { color: #636b7a; }
.why { display: inline-block; font-size: 10px; font-weight: 700; padding: 1px 6px; border-radius: 8px; background: #edf2ff; color: #1c3d8f; margin-left: 6px; vertical-align: middle; }
.challenges { padding: 6px 10px; background: #fff5f5; border-left: 4px solid #c92a2a; margin: 6px 0; }
.challenges h2 { color: #a61e1e; }
.top-questions { padding: 6px 10px; background: #f3f0ff; border-left: 4px solid #6741d9; margin: 6px 0; }
table { border-collapse: collapse; margin: 2px 0 4px; width: 100%; }
th, td { border: 1px solid #dde2ea; padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #f3f5f9; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.rest table { font-size: 10px; }
.rest td:nth-child(6) { white-space: nowrap; }
.facts { display: flex; flex-wrap: wrap; gap: 2px 14px; margin: 2px 0 4px; padding: 0; list-style: none; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; }
.thumb { margin: 4px 0; text-align: center; }
.thumb svg { max-width: 100%; max-height: 78mm; width: auto; height: auto; border: 1px solid #dde2ea; border-radius: 6px; }
.gap-blocker { color: #c92a2a; } .gap-warning { color: #b35c00; } .gap-opportunity { color: #1971c2; }
.path { color: #3d4656; font-size: 10px; }
.ask { font-style: italic; }
code { background: #f3f5f9; padding: 0 3px; border-radius: 3px; font-size: 10px; }
blockquote { margin: 2px 0; padding: 2px 10px; border-left: 3px solid #c5ccd8; color: #3d4656; white-space: pre-wrap; }
.${PACK_PAGE_CLASS} + .${PACK_PAGE_CLASS} { break-before: page; margin-top: 28px; }
.print-hint { padding: 6px 10px; background: #edf2ff; border-radius: 6px; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  .print-hint { display: none; }
  .${PACK_PAGE_CLASS} + .${PACK_PAGE_CLASS} { margin-top: 0; }
  tr, li, .thumb { break-inside: avoid; }
  @page { size: A4; margin: 11mm; }
}`;

type Text = OwnerPackModel['text'];

function list(items: readonly string[], empty: string): string {
  return items.length === 0 ? `<p class="muted">${html(empty)}</p>` : `<ul>${items.map((item) => `<li>${html(item)}</li>`).join('')}</ul>`;
}

function muted(text: string): string {
  return `<p class="muted">${html(text)}</p>`;
}

function labelled(pairs: readonly (readonly [string, string])[]): string {
  return `<ul>${pairs.map(([label, value]) => `<li><strong>${html(label)}:</strong> ${html(value)}</li>`).join('')}</ul>`;
}

function tableHtml(table: PackTable): string {
  const cell = (tag: 'th' | 'td', text: string, index: number) => `<${tag}${table.numeric[index] ? ' class="num"' : ''}>${html(text)}</${tag}>`;
  return `<table><thead><tr>${table.headers.map((header, index) => cell('th', header, index)).join('')}</tr></thead><tbody>${table.rows
    .map((row) => `<tr>${row.map((text, index) => cell('td', text, index)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

function clip(text: string, max = 180): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function actionItemsHtml(t: Text, items: readonly PackActionItem[], withDeal: boolean): string {
  const headers = [...(withDeal ? ['deal'] : []), 'text', 'owner', 'due'].map((key) => `<th>${html(t(`one-to-one.action-item.${key}`))}</th>`);
  const rows = items.map(
    (item) => `<tr>${withDeal ? `<td>${html(item.deal)}</td>` : ''}<td>${html(clip(item.text))}</td><td>${html(item.owner)}</td><td>${html(item.due)}</td></tr>`,
  );
  return `<table><thead><tr>${headers.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function questionsHtml(questions: readonly PackQuestion[], numbered: boolean): string {
  const items = questions.map((item) => `<li><span class="ask">${html(item.question)}</span> <span class="muted">— ${html(item.deals.join('; '))}</span></li>`);
  return numbered ? `<ol>${items.join('')}</ol>` : `<ul>${items.join('')}</ul>`;
}

/** "Q1 and Q3": the numbers of the questions asked once that a gap raises too. */
export function sharedQuestionNumbers(t: Text, numbers: readonly number[]): string {
  return t('one-to-one.gap.shared', { numbers: numbers.map((number) => messageRef('one-to-one.question-number', { number })) });
}

function dealPageHtml(t: Text, page: DealPage, svg: string): string {
  const gaps = page.gaps.map((gap) => {
    const paths = gap.paths.map((path) => `<br><span class="path">${html(path)}</span>`).join('');
    const asks = gap.questions.map((question) => `<br><span class="ask">${html(t('one-to-one.gap.ask', { question }))}</span>`).join('');
    const shared = gap.sharedQuestions.length === 0 ? '' : `<br><span class="muted">${html(sharedQuestionNumbers(t, gap.sharedQuestions))}</span>`;
    return `<li><strong class="${SEVERITY_CLASS[gap.level]}">${html(gap.severity)}</strong> <code>${html(gap.code)}</code> ${html(gap.message)}${paths}<br>${html(t('one-to-one.gap.next', { action: gap.nextAction }))}${asks}${shared}</li>`;
  });
  const more = page.moreGaps > 0 ? muted(t('one-to-one.page.more-gaps', { count: page.moreGaps })) : '';
  const changes = page.changes === null ? muted(t('one-to-one.page.no-review')) : list(page.changes, t('one-to-one.page.no-changes'));
  let coaching = muted(t('one-to-one.page.no-coaching'));
  if (page.notes !== null && page.actionItems !== null) {
    coaching = `${page.notes === '' ? muted(t('one-to-one.page.no-notes')) : `<blockquote>${html(page.notes)}</blockquote>`}${
      page.actionItems.length === 0 ? muted(t('one-to-one.page.no-action-items')) : actionItemsHtml(t, page.actionItems, false)
    }`;
  }
  return (
    `<section class="${PACK_PAGE_CLASS} deal-page" id="deal-${html(page.dealId)}"><h2>${html(page.heading)}<span class="why">${html(page.why)}</span></h2>` +
    `<ul class="facts">${page.verdict.map(([label, value]) => `<li><strong>${html(label)}:</strong> ${html(value)}</li>`).join('')}</ul>` +
    `<figure class="thumb">${svg}</figure>` +
    `<div class="columns"><div><h3>${html(t('one-to-one.page.what-changed'))}</h3>${changes}<h3>${html(t('one-to-one.page.next-actions'))}</h3>${list(page.actions, t('one-to-one.page.no-actions'))}</div>` +
    `<div><h3>${html(t('one-to-one.page.coaching'))}</h3>${coaching}</div></div>` +
    `<h3>${html(t('one-to-one.page.top-gaps'))}</h3>${gaps.length === 0 ? muted(t('one-to-one.page.no-gaps')) : `<ul>${gaps.join('')}</ul>`}${more}</section>`
  );
}

/** The whole printable pack; deterministic for the same input. */
export function ownerPackHtml(input: OwnerPackInput): string {
  const model = ownerPackModel(input);
  const { opening, text: t } = model;
  const parts = [
    '<!doctype html>',
    `<html lang="${html(model.language)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${html(REVIEW_PACK_PAGE_POLICY)}">`,
    `<title>${html(opening.title)}</title><style>${STYLE}</style></head><body>`,
    `<p class="print-hint">${html(t('one-to-one.print-hint'))}</p>`,
    `<section class="${PACK_PAGE_CLASS} opening"><h1>${html(opening.title)}</h1><p class="muted">${html(opening.basis)} ${html(opening.money)}</p>`,
  ];
  if (opening.challenges.length > 0) {
    const more = opening.moreChallenges > 0 ? muted(t('one-to-one.challenges-more', { count: opening.moreChallenges })) : '';
    parts.push(`<div class="challenges"><h2>${html(t('one-to-one.challenges', { count: opening.challenges.length + opening.moreChallenges }))}</h2>${labelled(opening.challenges)}${more}</div>`);
  }
  parts.push(
    `<div class="top-questions"><h2>${html(t('one-to-one.top-questions'))}</h2>${opening.topQuestions.length === 0 ? muted(t('one-to-one.no-questions')) : questionsHtml(opening.topQuestions, true)}</div>`,
  );
  parts.push(`<div class="columns"><div><h3>${html(t('one-to-one.numbers'))}</h3>${labelled(opening.numbers)}</div><div><h3>${html(t('one-to-one.since-review'))}</h3>${
    opening.changes === null ? muted(t('one-to-one.page.no-review')) : labelled(opening.changes)
  }<p>${html(opening.overdue)}</p></div></div>`);
  const moreItems = opening.moreActionItems > 0 ? muted(t('one-to-one.action-items-more', { count: opening.moreActionItems })) : '';
  parts.push(
    `<h3>${html(t('one-to-one.action-items'))}</h3>${opening.actionItems.length === 0 ? muted(t('one-to-one.action-items-none')) : actionItemsHtml(t, opening.actionItems, true)}${moreItems}</section>`,
  );
  input.sections.forEach((section, index) => {
    const page = model.pages[index];
    const highlight = section.qualification.gaps[0] ? { highlightGapId: section.qualification.gaps[0].id } : {};
    const svg = buyingCenterSvg(section.deal, section.qualification, { idPrefix: `map-${index}`, language: model.language, ...highlight });
    if (page) parts.push(dealPageHtml(t, page, svg));
  });
  if (model.sharedQuestions.length > 0) {
    parts.push(`<section class="${PACK_PAGE_CLASS} shared-questions"><h2>${html(t('one-to-one.shared-questions'))}</h2>${questionsHtml(model.sharedQuestions, true)}</section>`);
  }
  if (model.table.rows.length > 0) {
    const notes = model.notes.map(muted).join('');
    parts.push(`<section class="${PACK_PAGE_CLASS} rest"><h2>${html(t('one-to-one.rest.count', { title: model.table.title, count: model.table.rows.length }))}</h2>${notes}${tableHtml(model.table)}</section>`);
  }
  parts.push('</body></html>');
  return `${parts.join('\n')}\n`;
}
