// dealFingerprint: the same for the same content on every side of the API, different for any change.
import { describe, expect, it } from 'vitest';
import { DEAL_FINGERPRINT_PATTERN, dealFingerprint } from '../../../shared/model/deal-fingerprint';
import type { Deal } from '../../../shared/model/deal-schema';
import { buildHealthyDeal } from '../../support/deal-builder';

/** The deal with every object's keys in reverse order, as another writer might order them. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, entry]) => [key, reversedKeys(entry)]));
}

describe('dealFingerprint', () => {
  it('ignores key order and fields set to undefined, as the file does', () => {
    const deal = buildHealthyDeal();
    const fingerprint = dealFingerprint(deal);
    expect(fingerprint).toMatch(DEAL_FINGERPRINT_PATTERN);
    expect(dealFingerprint(reversedKeys(deal) as Deal)).toBe(fingerprint);
    expect(dealFingerprint({ ...deal, title: undefined } as Deal)).toBe(fingerprint);
    expect(dealFingerprint(JSON.parse(JSON.stringify(deal)) as Deal)).toBe(fingerprint);
  });

  it('changes with any field, deep ones and unknown ones included', () => {
    const deal = buildHealthyDeal();
    const variants: Deal[] = [
      { ...deal, amount: 480001 },
      { ...deal, revision: deal.revision + 1 },
      { ...deal, crmId: 'SF-1' },
      { ...deal, need: { ...deal.need, summary: `${deal.need.summary} ` } },
      { ...deal, stakeholders: deal.stakeholders.map((s, index) => (index === 1 ? { ...s, influence: 4 } : s)) },
      { ...deal, stakeholders: [...deal.stakeholders].reverse() },
    ];
    const fingerprints = new Set([deal, ...variants].map(dealFingerprint));
    expect(fingerprints.size).toBe(variants.length + 1);
  });
});
