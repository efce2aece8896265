// The one-to-one pack: its order, the challenges first, questions asked once, names with accounts, the page budget.
import { describe, expect, it } from 'vitest';
import { ownerPackHtml, PACK_PAGE_CLASS } from '../../../shared/export/review-pack-owner-html';
import { ownerPackMarkdown } from '../../../shared/export/review-pack-owner-markdown';
import { ownerPackModel } from '../../../shared/export/review-pack-owner-model';
import { MIN_DEAL_PAGES, PACK_PAGE_BUDGET, planOwnerPack, sectionBudget, TABLE_ROWS_PER_PAGE } from '../../../shared/export/review-pack-owner-plan';
import { printableHtmlProblem } from '../../../shared/export/printable-html-check';
import { buildRow } from '../pipeline/row-builder';
import { ownerPack } from './owner-pack-fixture';

describe('the one-to-one pack', () => {
  it("holds only the owner's deals: the changed deal first, then the at-risk ones most urgent first, the rest as table rows", async () => {
    const input = await ownerPack();
    expect(input.plan.rows.map((row) => row.dealId).sort()).toEqual(['called', 'fine', 'lead', 'turned', 'yen-lead']);
    // turned changed; called is challenged (urgent); the leads are blocked, the EUR one worth more than the JPY one without a rate.
    expect(input.plan.sectionIds).toEqual(['turned', 'called', 'lead', 'yen-lead']);
    expect(input.plan.tableIds).toEqual(['fine']);
    const model = ownerPackModel(input);
    expect(model.pages.map((page) => page.why)).toEqual(['Changed since the review', 'At risk', 'At risk', 'At risk']);
    expect(model.table.rows).toEqual([['Payroll — Litware AB', 'Qualified', '100', 'Best case', '480,000 SEK (48,000 EUR)', '2027-02-28', '—']]);
  });

  it('leads with the engine’s challenge of a commit call, naming the deal with its account and what contradicts it', async () => {
    const { opening } = ownerPackModel(await ownerPack());
    expect(opening.challenges).toEqual([['CRM rollout — Fabrikam AB', expect.stringMatching(/^The deal is forecast as commit, but .*“Saboteur unchecked”/)]]);
    const html = ownerPackHtml(await ownerPack());
    expect(html.indexOf('The engine challenges 1 commit call')).toBeLessThan(html.indexOf('Three questions for this week'));
    expect(html.indexOf('Three questions for this week')).toBeLessThan(html.indexOf('Pipeline in numbers'));
    expect(opening.topQuestions[0]).toEqual({ question: 'You call Fabrikam AB commit: what do you know that the map does not show yet?', deals: ['CRM rollout — Fabrikam AB'] });
    expect(opening.topQuestions).toHaveLength(3);
  });

  it('says what changed since the review and lists the open action items by due date, with deal and account', async () => {
    const { opening } = ownerPackModel(await ownerPack());
    expect(opening.changes).toContainEqual(['Gained blockers', 'ERP replacement — Northwind AB']);
    expect(opening.actionItems).toEqual([
      { deal: 'Payroll — Litware AB', text: 'Send the contract', owner: 'Coach', due: '2026-12-01' },
      { deal: 'ERP replacement — Northwind AB', text: 'Meet Anders', owner: 'Sara Lind', due: '2026-12-05' },
    ]);
  });

  it('asks a question that several deals raise once, with the deals it concerns, and never again on their pages', async () => {
    const model = ownerPackModel(await ownerPack());
    const shared = model.sharedQuestions.find((item) => item.question === 'What happens if they do nothing this year?');
    expect(shared?.deals).toEqual(['Store pilot — Contoso GmbH', 'Analytics pilot — Sakura K.K.']);
    const number = model.sharedQuestions.findIndex((item) => item === shared) + 1;
    expect(number).toBeGreaterThan(0);
    for (const page of model.pages) {
      const asked = page.gaps.flatMap((gap) => gap.questions);
      expect(asked).not.toContain('What happens if they do nothing this year?');
      expect(new Set(asked).size).toBe(asked.length);
    }
    const leadPage = model.pages.find((page) => page.dealId === 'lead');
    expect(leadPage?.gaps.some((gap) => gap.sharedQuestions.includes(number))).toBe(true);
    const markdown = ownerPackMarkdown(await ownerPack()).markdown;
    expect(markdown.split('What happens if they do nothing this year?').length - 1).toBe(1);
  });

  it('names every deal with its account and converts amounts, naming the currency that has no rate', async () => {
    const model = ownerPackModel(await ownerPack());
    for (const page of model.pages) expect(page.heading).toMatch(/ — /);
    const amount = model.pages.find((page) => page.dealId === 'yen-lead')?.verdict.find(([label]) => label === 'Amount');
    expect(amount?.[1]).toBe('9,000,000 JPY (no rate to EUR)');
    const open = model.opening.numbers.find(([label]) => label === 'Open amount')?.[1];
    // 820,000 SEK at 0.1 plus 40,000 EUR; the yen is named, never counted 1:1.
    expect(open).toBe('122,000 EUR (rates of 2026-11-28; 820,000 SEK + 40,000 EUR; not counted: 9,000,000 JPY (no rate))');
  });

  it('is a printable page: nothing loads, one pack-page per printed page', async () => {
    const input = await ownerPack();
    const html = ownerPackHtml(input);
    expect(printableHtmlProblem(html)).toBeNull();
    const pages = html.split(`class="${PACK_PAGE_CLASS}`).length - 1;
    expect(pages).toBe(1 + input.sections.length + 1 + 1);
  });

  it('keeps any number of deals within the page budget: fewer deal pages and a longer table as deals grow', () => {
    for (const deals of [1, 10, 19, 20, 40, 100, 200, 400, 700]) {
      const sections = sectionBudget(deals);
      const pages = 2 + sections + Math.ceil((deals - sections) / TABLE_ROWS_PER_PAGE);
      // Up to 100 deals (and some more) the pack fits; beyond, its table outgrows 20 pages and the deal pages stay at the minimum.
      if (deals <= 100) expect({ deals, pages: Math.min(pages, PACK_PAGE_BUDGET) }).toEqual({ deals, pages });
      else expect(sections).toBeGreaterThanOrEqual(MIN_DEAL_PAGES);
    }
    expect(sectionBudget(100)).toBe(13);
    const rows = Array.from({ length: 100 }, (_, index) => buildRow({ dealId: `d${String(index).padStart(3, '0')}`, owner: 'Ida' }));
    const plan = planOwnerPack('Ida', rows, null, {});
    expect(plan.sectionIds).toHaveLength(13);
    expect(plan.overBudget).toBe(87);
    expect(plan.tableIds).toHaveLength(87);
  });
});
