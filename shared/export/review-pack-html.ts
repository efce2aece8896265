// The review pack as one printable HTML page (charts and maps inline as SVG, print CSS, no scripts): Electron's printToPDF and the browser's print both use it.
import type { ActionItem } from '../review/review-schema';
import { buyingCenterSvg } from './map-svg';
import { packCharts, type PackChart, type PackChartId } from './pack-charts';
import type { ReviewPackInput } from './review-pack-input';
import { reviewPackModel, type PackDealSection, type PackTable } from './review-pack-model';
import { escapeXml as html } from './svg-text';

/** Nothing may load or run: the page is printed as it is, in a window with JavaScript off. */
export const REVIEW_PACK_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
:root { color: #1d2433; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; font-size: 13px; line-height: 1.45; }
body { margin: 24px auto; max-width: 1000px; padding: 0 24px; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #dde2ea; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
h4 { font-size: 13px; margin: 12px 0 4px; color: #3d4656; text-transform: uppercase; letter-spacing: 0.04em; }
.muted { color: #636b7a; }
.risk { font-size: 15px; font-weight: 700; padding: 8px 12px; background: #fff5f5; border-left: 4px solid #c92a2a; }
table { border-collapse: collapse; margin: 4px 0 8px; width: 100%; }
th, td { border: 1px solid #dde2ea; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f5f9; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.facts { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 0 0 8px; padding: 0; list-style: none; }
.map svg { max-width: 100%; height: auto; border: 1px solid #dde2ea; border-radius: 6px; }
.chart { margin: 4px 0 8px; }
.chart figcaption { margin: 0 0 6px; }
.chart svg { display: block; max-width: 100%; height: auto; border: 1px solid #dde2ea; border-radius: 6px; }
.questions-title { margin: 4px 0 0; color: #3d4656; font-style: italic; }
.questions { margin: 2px 0 6px; padding-left: 20px; }
.gap-blocker { color: #c92a2a; } .gap-warning { color: #b35c00; } .gap-opportunity { color: #1971c2; }
code { background: #f3f5f9; padding: 0 4px; border-radius: 3px; }
blockquote { margin: 4px 0; padding: 4px 12px; border-left: 3px solid #c5ccd8; color: #3d4656; white-space: pre-wrap; }
.deal { break-before: page; }
.print-hint { padding: 8px 12px; background: #edf2ff; border-radius: 6px; }
@media print {
  body { margin: 0; max-width: none; }
  .print-hint { display: none; }
  .map, .chart, table, li { break-inside: avoid; }
  @page { size: A4; margin: 14mm; }
}`;

/** The chart above its table, its note as caption above it as in the app; the page's heading names it, so the SVG prints none. */
function chartHtml(chart: PackChart): string {
  return `<figure class="chart"><figcaption class="muted">${html(chart.note)}</figcaption>${chart.svg({ heading: false })}</figure>`;
}

function tableHtml(table: PackTable, charts: Readonly<Record<PackChartId, PackChart>>): string {
  const cell = (tag: 'th' | 'td', text: string, index: number) => `<${tag}${table.numeric[index] ? ' class="num"' : ''}>${html(text)}</${tag}>`;
  const body =
    table.rows.length === 0
      ? '<p class="muted">None.</p>'
      : `<table><thead><tr>${table.headers.map((header, index) => cell('th', header, index)).join('')}</tr></thead><tbody>${table.rows
          .map((row) => `<tr>${row.map((text, index) => cell('td', text, index)).join('')}</tr>`)
          .join('')}</tbody></table>`;
  const chart = table.chart === null ? '' : chartHtml(charts[table.chart]);
  return `<section><h3>${html(table.title)}</h3>${chart}${body}${table.note === '' ? '' : `<p class="muted">${html(table.note)}</p>`}</section>`;
}

function actionItemsHtml(items: readonly ActionItem[]): string {
  if (items.length === 0) return '<p class="muted">No action items.</p>';
  const rows = items.map((item) => {
    const carried = item.carriedFrom ? ` <span class="muted">(carried from ${html(item.carriedFrom)})</span>` : '';
    return `<tr><td>${html(item.text)}${carried}</td><td>${html(item.owner || '—')}</td><td>${html(item.due ?? '—')}</td><td>${item.done ? 'done' : 'open'}</td></tr>`;
  });
  return `<table><thead><tr><th>Action item</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function questionsHtml(questions: readonly string[]): string {
  if (questions.length === 0) return '';
  return `<p class="questions-title">Ask the account executive:</p><ul class="questions">${questions.map((question) => `<li>${html(question)}</li>`).join('')}</ul>`;
}

function dealHtml(section: PackDealSection, svg: string): string {
  const facts = section.facts.map(([label, value]) => `<li><strong>${html(label)}:</strong> ${html(value)}</li>`).join('');
  const gaps =
    section.gaps.length === 0
      ? '<p class="muted">No gaps.</p>'
      : `<ul>${section.gaps
          .map(
            (gap) =>
              `<li><strong class="gap-${gap.severity.toLowerCase()}">${html(gap.severity)}</strong> <code>${html(gap.code)}</code>: ${html(gap.message)}<br><span class="muted">Next:</span> ${html(gap.nextAction)}${questionsHtml(gap.questions)}</li>`,
          )
          .join('')}</ul>`;
  let changes = '<p class="muted">No earlier review.</p>';
  if (section.changes !== null) {
    changes = section.changes.length === 0 ? '<p class="muted">No changes.</p>' : `<ul>${section.changes.map((text) => `<li>${html(text)}</li>`).join('')}</ul>`;
  }
  const coaching =
    section.notes === null || section.actionItems === null
      ? '<p class="muted">No review yet: start one to write notes and action items.</p>'
      : `${section.notes === '' ? '<p class="muted">No notes.</p>' : `<blockquote>${html(section.notes)}</blockquote>`}${actionItemsHtml(section.actionItems)}`;
  return (
    `<section class="deal" id="deal-${html(section.dealId)}"><h3>${html(section.heading)}</h3><ul class="facts">${facts}</ul>` +
    `<figure class="map">${svg}</figure><h4>Gaps</h4>${gaps}<h4>Changes since the last review</h4>${changes}<h4>Coaching</h4>${coaching}</section>`
  );
}

/** The whole printable page; deterministic for the same input. */
export function reviewPackHtml(input: ReviewPackInput): string {
  const model = reviewPackModel(input);
  const parts = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${html(REVIEW_PACK_PAGE_POLICY)}">`,
    `<title>${html(model.title)}</title><style>${STYLE}</style></head><body>`,
    '<p class="print-hint">Print this page (Ctrl+P or ⌘P) and choose “Save as PDF” to keep it as a PDF.</p>',
    `<h1>${html(model.title)}</h1><p class="muted">${html(model.basis)}</p>`,
    model.scope === '' ? '' : `<p class="muted">In view: ${html(model.scope)}</p>`,
    `<h2>Pipeline summary</h2><p class="risk">${html(model.risk)}</p>`,
  ];
  if (model.changeSummary) {
    const items = model.changeSummary.map(([label, names]) => `<li><strong>${html(label)}:</strong> ${html(names)}</li>`).join('');
    parts.push(`<section><h3>What changed since the last review</h3><ul>${items}</ul></section>`);
  }
  const charts = packCharts(input.rows);
  parts.push(...model.tables.map((table) => tableHtml(table, charts)), '<h2>Deals</h2>');
  if (model.deals.length === 0) parts.push('<p class="muted">No deals in view.</p>');
  input.deals.forEach((packDeal, index) => {
    const section = model.deals[index];
    if (section) parts.push(dealHtml(section, buyingCenterSvg(packDeal.deal, packDeal.qualification, { idPrefix: `map-${index}` })));
  });
  if (model.omitted !== '') parts.push(`<p class="muted">${html(model.omitted)}</p>`);
  parts.push('</body></html>');
  return `${parts.join('\n')}\n`;
}
