// The workspace thresholds change the gaps and the score together; without settings nothing changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { explainScore } from '../../../shared/engine/score';
import type { Deal } from '../../../shared/model/deal-schema';
import { DEFAULT_ENGINE_SETTINGS, type EngineSettings } from '../../../shared/settings/engine-settings';
import { buildHealthyDeal, stakeholder, TEST_AS_OF, withStakeholder } from '../../support/deal-builder';
import { CRITERION_GAPS } from './criterion-gaps';
import { isoDayArbitrary, nearHealthyDealArbitrary } from './deal-arbitrary';
import { englishGap, inEnglish } from '../../support/english-gaps';

function codesWith(deal: Deal, settings?: Partial<EngineSettings>): string[] {
  return qualifyDeal(deal, { asOf: TEST_AS_OF, settings }).gaps.map((gap) => gap.code);
}

function lineOf(deal: Deal, id: string, settings?: Partial<EngineSettings>) {
  return explainScore(deal, { asOf: TEST_AS_OF, settings }).lines.find((line) => line.id === id);
}

// Eva, the only decision-maker, was last contacted 20 days before TEST_AS_OF (2026-11-30).
const contactedTwentyDaysAgo = withStakeholder(buildHealthyDeal(), 'eva', { lastContact: '2026-11-10' });

describe('staleContactDays', () => {
  it('makes a decision-maker stale sooner or later than the default 30 days', () => {
    expect(codesWith(contactedTwentyDaysAgo)).not.toContain('stale-decision-maker');
    expect(codesWith(contactedTwentyDaysAgo, { staleContactDays: 19 })).toEqual(['stale-decision-maker']);
    expect(codesWith(contactedTwentyDaysAgo, { staleContactDays: 20 })).toEqual([]);
    const old = withStakeholder(buildHealthyDeal(), 'eva', { lastContact: '2026-09-01' });
    expect(codesWith(old)).toEqual(['stale-decision-maker']);
    expect(codesWith(old, { staleContactDays: 90 })).toEqual([]);
  });

  it('moves the score criterion with the gap, and its label names the configured days', () => {
    const strict = lineOf(contactedTwentyDaysAgo, 'decision-makers-in-touch', { staleContactDays: 19 });
    expect(strict).toMatchObject({ met: false });
    expect(strict?.label).toBe(
      'A decision-maker is in the buying center and every one was contacted within 19 days of the review date',
    );
    expect(qualifyDeal(contactedTwentyDaysAgo, { asOf: TEST_AS_OF, settings: { staleContactDays: 19 } }).score).toBe(95);
    expect(lineOf(contactedTwentyDaysAgo, 'decision-makers-in-touch')?.label).toContain('within 30 days');
  });
});

describe('singleThreadMinEngaged', () => {
  it('asks for more engaged stakeholders and says how many, naming those it has', () => {
    expect(codesWith(buildHealthyDeal())).toEqual([]);
    const [gap, ...others] = qualifyDeal(buildHealthyDeal(), {
      asOf: TEST_AS_OF,
      settings: { singleThreadMinEngaged: 3 },
    }).gaps.map(englishGap);
    expect(others).toEqual([]);
    expect(gap).toMatchObject({
      code: 'single-threaded',
      message:
        'Only 2 people have shown interest (Eva Berg (CFO) and Anders Holm (IT manager)); this workspace asks for at least 3.',
      stakeholderIds: ['eva', 'anders'],
    });
  });

  it('names the number also for a deal with one contact, and keeps the default wording at 2', () => {
    const one = withStakeholder(buildHealthyDeal(), 'anders', { interest: 'none' });
    expect(qualifyDeal(one, { asOf: TEST_AS_OF }).gaps.map((gap) => inEnglish(gap.message))).toEqual([
      'Only Eva Berg (CFO) has shown interest; the deal rests on one person.',
    ]);
    const three = qualifyDeal(one, { asOf: TEST_AS_OF, settings: { singleThreadMinEngaged: 3 } });
    expect(three.gaps.map((gap) => inEnglish(gap.message))).toEqual([
      'Only Eva Berg (CFO) has shown interest; the deal rests on one person (this workspace asks for at least 3).',
    ]);
    expect(codesWith(one, { singleThreadMinEngaged: 1 })).toEqual([]);
  });

  it('tells whom to engage first when nobody is interested', () => {
    const nobody = { ...buildHealthyDeal(), stakeholders: [stakeholder({ id: 'ola', influence: 4 })], relations: [] };
    const gap = qualifyDeal(nobody, { asOf: TEST_AS_OF, settings: { singleThreadMinEngaged: 3 } }).gaps.find(
      (candidate) => candidate.code === 'single-threaded',
    );
    expect(gap && inEnglish(gap.nextAction)).toBe('Engage at least 3 people in the buying center, starting with Ola.');
  });

  it('moves the multi-threaded score criterion with the gap', () => {
    const line = lineOf(buildHealthyDeal(), 'multi-threaded', { singleThreadMinEngaged: 3 });
    expect(line).toMatchObject({ met: false, label: '3 or more stakeholders at general-info interest or higher' });
    expect(lineOf(buildHealthyDeal(), 'multi-threaded', { singleThreadMinEngaged: 1 })?.met).toBe(true);
  });
});

describe('any settings', () => {
  const settingsArbitrary = fc.record(
    { staleContactDays: fc.integer({ min: 1, max: 400 }), singleThreadMinEngaged: fc.integer({ min: 1, max: 6 }) },
    { requiredKeys: [] },
  );

  it('keep the score and the gaps consistent: a criterion is missed exactly when its gap stands', () => {
    fc.assert(
      fc.property(nearHealthyDealArbitrary(), isoDayArbitrary, settingsArbitrary, (deal, asOf, settings) => {
        const open: Deal = { ...deal, status: 'open' };
        const codes = new Set(qualifyDeal(open, { asOf, settings }).gaps.map((gap) => gap.code));
        for (const line of explainScore(open, { asOf, settings }).lines) {
          expect({ id: line.id, met: line.met }).toEqual({
            id: line.id,
            met: !CRITERION_GAPS[line.id].some((code) => codes.has(code)),
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('equal to the defaults give exactly the qualification without settings', () => {
    fc.assert(
      fc.property(nearHealthyDealArbitrary(), isoDayArbitrary, (deal, asOf) => {
        expect(qualifyDeal(deal, { asOf, settings: DEFAULT_ENGINE_SETTINGS })).toEqual(qualifyDeal(deal, { asOf }));
        expect(qualifyDeal(deal, { asOf, settings: {} })).toEqual(qualifyDeal(deal, { asOf }));
      }),
      { numRuns: 100 },
    );
  });
});
