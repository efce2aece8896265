// Each lens criterion reads no field of the deal beyond its declared `reads`: what lets a what-if keep the saved verdict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDealActions } from '../../../shared/actions/rank-deal-actions';
import { collectDealFacts, type DealFacts } from '../../../shared/engine/deal-facts';
import { reviewDay } from '../../../shared/engine/review-date';
import type { LensContext } from '../../../shared/lenses/lens-types';
import { LENSES } from '../../../shared/lenses/score-lens';
import type { Deal } from '../../../shared/model/deal-schema';
import { LENS_IDS } from '../../../shared/model/vocabulary';
import { defaultWorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';
import { TEST_AS_OF } from '../../support/deal-builder';
import { qualifiedDealArbitrary } from './qualified-deal-arbitrary';

/** The deal and its facts behind proxies that note every field of the deal read; the value-case facts count as `valueCase`. */
function recordingContext(context: LensContext, read: Set<string>): LensContext {
  const deal = new Proxy(context.deal, {
    get: (target, key, receiver) => {
      read.add(String(key));
      return Reflect.get(target, key, receiver) as unknown;
    },
    has: () => {
      throw new Error('a rule asked which fields the deal has: its reads cannot be listed');
    },
    ownKeys: () => {
      throw new Error('a rule listed the deal\'s fields: its reads cannot be listed');
    },
  });
  const facts = new Proxy(context.facts, {
    get: (target, key, receiver) => {
      if (key === 'deal') return deal;
      if (key === 'benefitNamed' || key === 'savingsGiven') read.add('valueCase');
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { ...context, deal, facts: facts as DealFacts };
}

/** Judges every criterion of every lens with recording proxies; each read must be declared and the verdict unchanged. */
function expectDeclaredReads(deal: Deal, asOf: string, staleContactDays: number): void {
  const context: LensContext = { deal, facts: collectDealFacts(deal), asOf, asOfDay: reviewDay(asOf), staleContactDays };
  for (const lens of LENS_IDS) {
    for (const criterion of LENSES[lens].criteria) {
      const read = new Set<string>();
      const verdict = criterion.judge(recordingContext(context, read));
      expect(verdict).toEqual(criterion.judge(context));
      const { reads } = criterion;
      if (reads === 'any') continue;
      const undeclared = [...read].filter((field) => !(reads as readonly string[]).includes(field));
      expect(undeclared, `${lens} ${criterion.code} reads undeclared fields`).toEqual([]);
    }
  }
}

/** The deal after each of its ranked actions: values and placeholder marks as the what-if writes them. */
function afterActions(deal: Deal, asOf: string): Deal[] {
  return LENS_IDS.flatMap((defaultLens) =>
    rankDealActions(deal, { asOf, settings: { ...defaultWorkspaceSettings(), defaultLens } }).map((action) => applyMoves(deal, action.moves)),
  );
}

describe('lens criteria read only their declared fields', () => {
  it('on the demo deals and generated deals of 3 to 60 people, before and after their actions', () => {
    const demo = buildDemoDeals({ today: '2026-03-10', updatedAt: '2026-03-10T08:00:00.000Z' });
    for (const deal of demo) [deal, ...afterActions(deal, '2026-03-10')].forEach((each) => expectDeclaredReads(each, '2026-03-10', 30));
    const generated = [3, 12, 25, 60].flatMap((people, index) => generateDeals({ deals: 8, seed: 3 + index, asOf: '2026-11-27', people }));
    for (const deal of generated) [deal, ...afterActions(deal, '2026-12-01')].forEach((each) => expectDeclaredReads(each, '2026-12-01', 20));
  }, 120_000);

  it('on random deals with random qualification fields', () => {
    fc.assert(
      fc.property(qualifiedDealArbitrary, (deal) => {
        expectDeclaredReads(deal, TEST_AS_OF, 30);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
