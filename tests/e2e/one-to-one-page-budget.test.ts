// The page budget, printed for real: one AE's 100 generated deals make a pack of at most 20 A4 pages in Chromium's PDF.
import { describe, expect, it } from 'vitest';
import { createDealmapServices } from '../../electron/services/dealmap-services';
import { chromiumPdfPrinter } from '../../electron/services/export/chromium-pdf';
import { ownerPackInput } from '../../electron/services/export/owner-pack';
import { ownerPackHtml, PACK_PAGE_CLASS } from '../../shared/export/review-pack-owner-html';
import { PACK_PAGE_BUDGET, TABLE_ROWS_PER_PAGE } from '../../shared/export/review-pack-owner-plan';
import { COACH_DAY, reviewAndEdit, writeGeneratedDeals } from '../support/coach-workspace';
import { useTempWorkspace } from '../support/temp-workspace';

const workspace = useTempWorkspace('all');

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

describe('the one-to-one pack of 100 deals', () => {
  it('prints within 20 pages, one printed page per pack page: the opening, each deal page, the questions, the table', async () => {
    await writeGeneratedDeals(workspace(), 100, 'Ida Virtanen');
    await reviewAndEdit(workspace(), 'Ida Virtanen');
    const input = await ownerPackInput(createDealmapServices({ workspace: workspace() }), { owner: 'Ida Virtanen', asOf: COACH_DAY });
    expect(input.plan.rows).toHaveLength(100);
    const html = ownerPackHtml(input);
    const packPages = html.split(`class="${PACK_PAGE_CLASS}`).length - 1;
    const tablePages = Math.ceil(input.plan.tableIds.length / TABLE_ROWS_PER_PAGE);
    expect(packPages).toBe(1 + input.sections.length + 1 + 1);
    const print = await chromiumPdfPrinter();
    if (print === null) throw new Error('Chromium is missing at /usr/bin/chromium: the page budget is printed for real and never skipped.');
    const pages = pdfPages(await print(html));
    // Each deal page fits one printed page; the table takes one page per TABLE_ROWS_PER_PAGE rows.
    expect(pages).toBe(1 + input.sections.length + 1 + tablePages);
    expect(pages).toBeLessThanOrEqual(PACK_PAGE_BUDGET);
  });
});
