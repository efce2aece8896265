import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { simulateMoves } from '../../../shared/whatif/simulate-moves';
import { buildDealWithSaboteur, buildHealthyDeal, TEST_AS_OF } from '../../support/deal-builder';
import { deepFreeze } from './deep-freeze';

describe('simulateMoves', () => {
  it('turns a saboteur neutral on a scratch copy and says saboteur-unchecked is gone', () => {
    const saved = deepFreeze(buildDealWithSaboteur());
    const copy = structuredClone(saved);
    const simulation = simulateMoves(saved, [{ kind: 'set-stance', stakeholderId: 'anders', stance: 'neutral' }], { asOf: TEST_AS_OF });
    expect(simulation.diff.gapsClosed.map((gap) => gap.code)).toEqual(['saboteur-unchecked', 'qualified-prospect-saboteurs-missing']);
    expect(simulation.diff.scoreChange).toBe(15);
    expect(simulation.qualification.gaps.map((gap) => gap.code)).not.toContain('saboteur-unchecked');
    expect(simulation.deal.stakeholders[1]?.stance).toBe('neutral');
    expect(saved).toEqual(copy);
    expect(qualifyDeal(saved, { asOf: TEST_AS_OF }).gaps.map((gap) => gap.code)).toContain('saboteur-unchecked');
  });

  it('reuses a qualification the caller already has, and reports skipped moves', () => {
    const deal = buildHealthyDeal();
    const before = qualifyDeal(deal, { asOf: TEST_AS_OF });
    const simulation = simulateMoves(deal, [{ kind: 'set-stance', stakeholderId: 'ghost', stance: 'saboteur' }], { asOf: TEST_AS_OF, before });
    expect(simulation.deal).toBe(deal);
    expect(simulation.qualification).toBe(before);
    expect(simulation.skipped).toEqual([0]);
  });

  it('qualifies with the settings given', () => {
    const deal = buildHealthyDeal();
    const simulation = simulateMoves(deal, [{ kind: 'set-interest', stakeholderId: 'anders', interest: 'none' }], {
      asOf: TEST_AS_OF,
      settings: { singleThreadMinEngaged: 1 },
    });
    expect(simulation.diff.gapsOpened).toEqual([]);
  });
});
