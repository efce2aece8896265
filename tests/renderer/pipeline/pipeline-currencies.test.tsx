import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deal } from '../../../shared/model/deal-schema';
import { buildDeal, buildHealthyDeal } from '../../support/deal-builder';
import { renderPipeline } from './render-pipeline';
import { setWindowSize } from '../support/render-app';

afterEach(cleanup);

/** Blocked deals (buildDeal: need unconfirmed) and clear ones in five currencies, two deals alike in name. */
function mixedCurrencyDeals(): Deal[] {
  return [
    buildDeal({ id: 'eur-blocked', name: 'Data platform renewal', account: 'Nordvik AB', amount: 860_000, currency: 'EUR', closeDate: '2027-03-10' }),
    buildHealthyDeal({ id: 'eur-clear', name: 'CRM rollout', account: 'Kestrel Oy', amount: 1_240_000, currency: 'EUR', closeDate: '2027-04-10' }),
    buildDeal({ id: 'jpy-blocked', name: 'Store analytics pilot', account: 'Sakura K.K.', amount: 18_000_000, currency: 'JPY', closeDate: '2027-05-10' }),
    buildDeal({ id: 'sek-blocked', name: 'Data platform renewal', account: 'Granit Media AB', amount: 300_000, currency: 'SEK', closeDate: null }),
    buildHealthyDeal({ id: 'sek-clear', name: 'ERP upgrade', account: 'Northwind AB', amount: 900_000, currency: 'SEK', closeDate: '2027-02-10' }),
    buildDeal({ id: 'gbp-blocked', name: 'Fleet telematics', account: 'Harbourside Ltd', amount: 185_000, currency: 'GBP', closeDate: '2027-02-20' }),
    buildDeal({ id: 'aud-blocked', name: 'Patient intake', account: 'Riverside Health', amount: 50_000, currency: 'AUD', closeDate: '2027-01-20' }),
    buildHealthyDeal({ id: 'aud-clear', name: 'Patient portal', account: 'Riverside Health', amount: 150_000, currency: 'AUD', closeDate: null }),
  ];
}

function table(): HTMLElement {
  return screen.getByRole('table', { name: 'Pipeline' });
}

function dealIds(): string[] {
  return [...table().querySelectorAll<HTMLElement>('tr.pipeline-row')].map((row) => row.dataset.dealId ?? '');
}

function sortButton(name: string): HTMLElement {
  return within(within(table()).getByRole('columnheader', { name: new RegExp(`^${name}`) })).getByRole('button');
}

function riskLines(): string[] {
  const risk = screen.getByRole('region', { name: 'Revenue at risk' });
  const [shown] = within(risk).getAllByRole('list');
  return within(shown as HTMLElement)
    .getAllByRole('listitem')
    .map((item) => item.textContent?.replace(/[\s\u00a0\u202f]+/g, ' ') ?? '');
}

describe('amounts in several currencies', () => {
  it('sorts the amount column within each currency, currencies A to Z, and says so on the header', async () => {
    await renderPipeline(mixedCurrencyDeals());
    const amount = sortButton('Amount');
    expect(amount.getAttribute('aria-description')).toBe('Grouped by currency; amounts are not converted.');
    expect(amount.getAttribute('title')).toBe('Grouped by currency; amounts are not converted.');
    await userEvent.click(amount);
    // ¥18,000,000 is not the largest deal: each currency is its own group, largest first within it.
    expect(dealIds()).toEqual(['aud-clear', 'aud-blocked', 'eur-clear', 'eur-blocked', 'gbp-blocked', 'jpy-blocked', 'sek-clear', 'sek-blocked']);
  });

  it('reads revenue at risk against each currency’s open amount, the largest share first', async () => {
    await renderPipeline(mixedCurrencyDeals());
    const risk = screen.getByRole('region', { name: 'Revenue at risk' });
    // GBP and JPY: all of their open amount; EUR 860k of 2.1m (41%); AUD and SEK a quarter each (en-GB writes k and m).
    const all = within(risk)
      .getAllByRole('listitem')
      .map((item) => item.textContent?.replace(/[\s\u00a0\u202f]+/g, ' ') ?? '');
    expect(all).toEqual([
      expect.stringMatching(/^£185k of £185k open \(100%\) · 1 deal$/),
      expect.stringMatching(/^JP¥18m of JP¥18m open \(100%\) · 1 deal$/),
      expect.stringMatching(/^€860k of €2\.1m open \(41%\) · 1 deal$/),
      expect.stringMatching(/^A\$50k of A\$200k open \(25%\) · 1 deal$/),
      expect.stringMatching(/^SEK 300k of SEK 1\.2m open \(25%\) · 1 deal$/),
    ]);
    // The header stays one line: at 1440 px two currencies show, the rest behind "n more"; at 1024 px one.
    expect(riskLines()).toHaveLength(2);
    expect(within(risk).getByText('3 more currencies')).toBeTruthy();
    act(() => setWindowSize(1024, 768));
    expect(riskLines()).toHaveLength(1);
    expect(within(risk).getByText('4 more currencies')).toBeTruthy();
  });

  it('charts the close months of the currency with most open deals, a tie going to the one with more dated deals', async () => {
    await renderPipeline(mixedCurrencyDeals());
    await userEvent.click(screen.getByRole('tab', { name: 'Charts' }));
    // AUD, EUR and SEK have two open deals each, but only EUR has both on the chart (with a close date).
    // A tie broken A to Z alone would chart AUD.
    const chart = screen.getByRole('figure', { name: 'Open amount by close month' });
    expect((within(chart).getByRole('combobox') as HTMLSelectElement).value).toBe('EUR');
    expect(chart.textContent).toContain('in EUR');
  });

  it('names each heatmap row’s account under the deal, so deals alike in name tell apart', async () => {
    await renderPipeline(mixedCurrencyDeals());
    await userEvent.click(screen.getByRole('tab', { name: 'Charts' }));
    const heatmap = screen.getByRole('figure', { name: 'Gaps by deal' });
    const accounts = [...heatmap.querySelectorAll('text.heatmap-account')].map((text) => text.lastChild?.textContent);
    expect(accounts).toEqual(expect.arrayContaining(['Nordvik AB', 'Granit Media AB']));
    const titles = [...heatmap.querySelectorAll('text.heatmap-deal title')].map((title) => title.textContent);
    expect(titles).toContain('Data platform renewal — Nordvik AB, Sara Lind');
    expect(titles).toContain('Data platform renewal — Granit Media AB, Sara Lind');
    const cell = within(heatmap)
      .getAllByRole('button')
      .find((mark) => mark.dataset.dealId === 'sek-blocked');
    expect(cell?.getAttribute('aria-label')).toMatch(/^Data platform renewal — Granit Media AB: /);
  });
});
