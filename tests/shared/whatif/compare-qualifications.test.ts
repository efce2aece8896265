import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { compareQualifications } from '../../../shared/whatif/compare-qualifications';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import { buildDealWithSaboteur, buildHealthyDeal, decisionMaker, TEST_AS_OF, withStakeholder } from '../../support/deal-builder';

const qualify = (deal: Parameters<typeof qualifyDeal>[0]) => qualifyDeal(deal, { asOf: TEST_AS_OF });

describe('compareQualifications', () => {
  it('lists the gaps closed and opened by id, with stage and score before and after', () => {
    const before = buildDealWithSaboteur();
    const after = applyMoves(before, [
      { kind: 'set-stance', stakeholderId: 'anders', stance: 'neutral' },
      { kind: 'set-need-confirmed', confirmed: false },
    ]);
    const diff = compareQualifications(qualify(before), qualify(after));
    expect(diff.gapsClosed.map((gap) => gap.id)).toEqual(['saboteur-unchecked:anders', 'qualified-prospect-saboteurs-missing']);
    expect(diff.gapsOpened.map((gap) => gap.id)).toEqual(['need-unconfirmed']);
    // Before: 60 less 5 each for the lens's Saboteurs, Value case and Referrals; after: 55 less Value case and Referrals.
    expect(diff).toMatchObject({ stageBefore: 'prospect', stageAfter: 'lead', scoreBefore: 45, scoreAfter: 45, scoreChange: 0 });
  });

  it('closes one per-stakeholder gap and opens another when the problem moves to someone else', () => {
    const lars = decisionMaker({ id: 'lars', name: 'Lars Ek', stance: 'supporter', lastContact: '2026-11-25' });
    const before = withStakeholder(buildHealthyDeal({ stakeholders: [...buildHealthyDeal().stakeholders, lars] }), 'eva', { lastContact: '2026-08-01' });
    const after = applyMoves(before, [
      { kind: 'set-last-contact', stakeholderId: 'eva', lastContact: TEST_AS_OF },
      { kind: 'set-last-contact', stakeholderId: 'lars', lastContact: null },
    ]);
    const diff = compareQualifications(qualify(before), qualify(after));
    expect(diff.gapsClosed.map((gap) => gap.id)).toEqual(['stale-decision-maker:eva']);
    expect(diff.gapsOpened.map((gap) => gap.id)).toEqual(['stale-decision-maker:lars']);
    expect(diff.scoreChange).toBe(0);
  });

  it('keeps a deal-wide gap whose people changed, and lists it as changed', () => {
    const before = buildDealWithSaboteur();
    const after = applyMoves(before, [{ kind: 'set-interest', stakeholderId: 'anders', interest: 'none' }]);
    const diff = compareQualifications(qualify(before), qualify(after));
    expect(diff.gapsClosed).toEqual([]);
    expect(diff.gapsOpened.map((gap) => gap.id)).toEqual(['single-threaded']);
    expect(diff.gapsChanged.map((gap) => gap.id)).toEqual(['interest-shallow']);
    expect(diff.gapsChanged[0]?.stakeholderIds).toEqual(['eva']);
  });

  it('leaves gapsChanged empty when asked not to compare wording, and the rest as it was', () => {
    const before = qualify(buildDealWithSaboteur());
    const after = qualify(applyMoves(buildDealWithSaboteur(), [{ kind: 'set-interest', stakeholderId: 'anders', interest: 'none' }]));
    const full = compareQualifications(before, after);
    expect(full.gapsChanged).not.toEqual([]);
    expect(compareQualifications(before, after, { gapsChanged: false })).toEqual({ ...full, gapsChanged: [] });
  });

  it('finds no difference between a qualification and itself', () => {
    const qualification = qualify(buildDealWithSaboteur());
    expect(compareQualifications(qualification, qualification)).toMatchObject({ gapsClosed: [], gapsOpened: [], gapsChanged: [], scoreChange: 0 });
  });
});
