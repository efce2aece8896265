// The fields two versions of a deal differ in: codes and values a front end renders, in either language.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage } from '../../../shared/i18n/dealmap-intl';
import type { MessageRef } from '../../../shared/i18n/message-ref';
import { dealDifferences } from '../../../shared/model/deal-differences';
import { buildDeal } from '../../support/deal-builder';

const rendered = (language: 'en' | 'sv', value: string | MessageRef) => (typeof value === 'string' ? value : renderMessage(dealmapIntl(language), value));

describe('dealDifferences', () => {
  it('is empty for the same deal', () => {
    const deal = buildDeal();
    expect(dealDifferences(deal, { ...deal })).toEqual([]);
  });

  it('names each differing field by code, with the status, amount and counts rendered in the reader’s language', () => {
    const mine = buildDeal({ name: 'Alpha', amount: 480000, currency: 'SEK', status: 'open' });
    const theirs = { ...mine, name: 'Alpha, their edit', amount: 99000, status: 'won' as const, relations: [] };
    const differences = dealDifferences(mine, theirs);
    expect(differences.map((difference) => difference.field)).toEqual(['name', 'amount', 'status', ...(mine.relations.length > 0 ? ['relations'] : [])]);
    const row = (language: 'en' | 'sv', field: string) => {
      const difference = differences.find((item) => item.field === field);
      return difference && [rendered(language, difference.mine), rendered(language, difference.theirs)];
    };
    expect(row('en', 'amount')).toEqual(['480,000 SEK', '99,000 SEK']);
    expect(row('sv', 'amount')).toEqual(['480\u00a0000 SEK', '99\u00a0000 SEK']);
    expect(row('en', 'status')).toEqual(['Open', 'Won']);
    expect(row('sv', 'status')).toEqual(['Öppen', 'Vunnen']);
    expect(row('sv', 'name')).toEqual(['Alpha', 'Alpha, their edit']);
  });
});
