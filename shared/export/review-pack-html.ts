// The review pack as one printable HTML page (charts and maps inline as SVG, print CSS, no scripts): Electron's printToPDF and the browser's print both use it.
import type { ActionItem } from '../review/review-schema';
import { SEVERITY_CLASS } from './export-labels';
import { buyingCenterSvg } from './map-svg';
import { packCharts, type PackChart, type PackChartId } from './pack-charts';
import type { ReviewPackInput } from './review-pack-input';
import { reviewPackModel, type PackDealSection, type PackTable, type ReviewPackModel } from './review-pack-model';
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

function tableHtml(t: Text, table: PackTable, charts: Readonly<Record<PackChartId, PackChart>>): string {
  const cell = (tag: 'th' | 'td', text: string, index: number) => `<${tag}${table.numeric[index] ? ' class="num"' : ''}>${html(text)}</${tag}>`;
  const body =
    table.rows.length === 0
      ? `<p class="muted">${html(t('export.table.none'))}</p>`
      : `<table><thead><tr>${table.headers.map((header, index) => cell('th', header, index)).join('')}</tr></thead><tbody>${table.rows
          .map((row) => `<tr>${row.map((text, index) => cell('td', text, index)).join('')}</tr>`)
          .join('')}</tbody></table>`;
  const chart = table.chart === null ? '' : chartHtml(charts[table.chart]);
  return `<section><h3>${html(table.title)}</h3>${chart}${body}${table.note === '' ? '' : `<p class="muted">${html(table.note)}</p>`}</section>`;
}

type Text = ReviewPackModel['text'];

function actionItemsHtml(t: Text, items: readonly ActionItem[]): string {
  if (items.length === 0) return `<p class="muted">${html(t('export.deal.no-action-items'))}</p>`;
  const rows = items.map((item) => {
    const carried = item.carriedFrom ? ` <span class="muted">${html(t('export.deal.carried-from', { date: item.carriedFrom }))}</span>` : '';
    return `<tr><td>${html(item.text)}${carried}</td><td>${html(item.owner || '—')}</td><td>${html(item.due ?? '—')}</td><td>${html(t(item.done ? 'export.deal.action-done' : 'export.deal.action-open'))}</td></tr>`;
  });
  const headers = ['action-item', 'action-owner', 'action-due', 'action-status'].map((key) => `<th>${html(t(`export.deal.${key}`))}</th>`).join('');
  return `<table><thead><tr>${headers}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function questionsHtml(t: Text, questions: readonly string[]): string {
  if (questions.length === 0) return '';
  return `<p class="questions-title">${html(t('export.deal.ask'))}</p><ul class="questions">${questions.map((question) => `<li>${html(question)}</li>`).join('')}</ul>`;
}

function dealHtml(t: Text, section: PackDealSection, svg: string): string {
  const facts = section.facts.map(([label, value]) => `<li><strong>${html(label)}:</strong> ${html(value)}</li>`).join('');
  const gaps =
    section.gaps.length === 0
      ? `<p class="muted">${html(t('export.deal.no-gaps'))}</p>`
      : `<ul>${section.gaps
          .map(
            (gap) =>
              `<li><strong class="${SEVERITY_CLASS[gap.level]}">${html(gap.severity)}</strong> <code>${html(gap.code)}</code>: ${html(gap.message)}<br><span class="muted">${html(t('export.deal.next'))}</span> ${html(gap.nextAction)}${questionsHtml(t, gap.questions)}</li>`,
          )
          .join('')}</ul>`;
  let changes = `<p class="muted">${html(t('export.deal.no-review'))}</p>`;
  if (section.changes !== null) {
    changes = section.changes.length === 0 ? `<p class="muted">${html(t('export.deal.no-changes'))}</p>` : `<ul>${section.changes.map((text) => `<li>${html(text)}</li>`).join('')}</ul>`;
  }
  const coaching =
    section.notes === null || section.actionItems === null
      ? `<p class="muted">${html(t('export.deal.no-coaching'))}</p>`
      : `${section.notes === '' ? `<p class="muted">${html(t('export.deal.no-notes'))}</p>` : `<blockquote>${html(section.notes)}</blockquote>`}${actionItemsHtml(t, section.actionItems)}`;
  return (
    `<section class="deal" id="deal-${html(section.dealId)}"><h3>${html(section.heading)}</h3><ul class="facts">${facts}</ul>` +
    `<figure class="map">${svg}</figure><h4>${html(t('export.deal.gaps'))}</h4>${gaps}<h4>${html(t('export.deal.changes'))}</h4>${changes}<h4>${html(t('export.deal.coaching'))}</h4>${coaching}</section>`
  );
}

/** The whole printable page; deterministic for the same input. */
export function reviewPackHtml(input: ReviewPackInput): string {
  const model = reviewPackModel(input);
  const parts = [
    '<!doctype html>',
    `<html lang="${html(model.language)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${html(REVIEW_PACK_PAGE_POLICY)}">`,
    `<title>${html(model.title)}</title><style>${STYLE}</style></head><body>`,
    `<p class="print-hint">${html(model.text('export.pack.print-hint'))}</p>`,
    `<h1>${html(model.title)}</h1><p class="muted">${html(model.basis)}</p>`,
    model.scope === '' ? '' : `<p class="muted">${html(model.text('export.pack.in-view', { scope: model.scope }))}</p>`,
    `<h2>${html(model.text('export.pack.summary'))}</h2><p class="risk">${html(model.risk)}</p>`,
  ];
  if (model.changeSummary) {
    const items = model.changeSummary.map(([label, names]) => `<li><strong>${html(label)}:</strong> ${html(names)}</li>`).join('');
    parts.push(`<section><h3>${html(model.text('export.pack.what-changed'))}</h3><ul>${items}</ul></section>`);
  }
  const charts = packCharts(input.rows, input.language ?? 'en');
  parts.push(...model.tables.map((table) => tableHtml(model.text, table, charts)), `<h2>${html(model.text('export.pack.deals'))}</h2>`);
  if (model.deals.length === 0) parts.push(`<p class="muted">${html(model.text('export.pack.no-deals'))}</p>`);
  input.deals.forEach((packDeal, index) => {
    const section = model.deals[index];
    if (section) parts.push(dealHtml(model.text, section, buyingCenterSvg(packDeal.deal, packDeal.qualification, { idPrefix: `map-${index}`, language: input.language ?? 'en' })));
  });
  if (model.omitted !== '') parts.push(`<p class="muted">${html(model.omitted)}</p>`);
  parts.push('</body></html>');
  return `${parts.join('\n')}\n`;
}
