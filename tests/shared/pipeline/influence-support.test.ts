import { describe, expect, it } from 'vitest';
import type { StakeholderStance } from '../../../shared/model/vocabulary';
import { influenceSupportMatrix, supportQuadrant, type SupportQuadrant } from '../../../shared/pipeline';
import { buildDeal, decisionMaker, stakeholder } from '../../support/deal-builder';

describe('supportQuadrant', () => {
  it.each<[StakeholderStance, number, SupportQuadrant]>([
    ['champion', 5, 'allies-to-activate'],
    ['supporter', 3, 'allies-to-activate'],
    ['supporter', 2, 'people-to-keep-informed'],
    ['saboteur', 4, 'saboteurs-to-counter'],
    ['skeptic', 3, 'saboteurs-to-counter'],
    ['skeptic', 2, 'people-to-win-over'],
    ['saboteur', 1, 'people-to-win-over'],
    ['neutral', 5, 'people-to-win-over'],
    ['unknown', 3, 'people-to-win-over'],
    ['neutral', 2, 'people-to-keep-informed'],
    ['unknown', 1, 'people-to-keep-informed'],
  ])('a %s of influence %i is among %s', (stance, influence, quadrant) => {
    const deal = buildDeal({ stakeholders: [stakeholder({ id: 'p', stance, influence })] });
    expect(influenceSupportMatrix(deal).placements[0]?.quadrant).toBe(quadrant);
  });

  it('reads support from -2 to +2', () => {
    const stances: StakeholderStance[] = ['saboteur', 'skeptic', 'unknown', 'neutral', 'supporter', 'champion'];
    const deal = buildDeal({ stakeholders: stances.map((stance, n) => stakeholder({ id: `p${n}`, stance })) });
    expect(influenceSupportMatrix(deal).placements.map((p) => p.support)).toEqual([-2, -1, 0, 0, 1, 2]);
    expect(supportQuadrant(0, 3)).toBe('people-to-win-over');
  });
});

describe('influenceSupportMatrix', () => {
  it('places every stakeholder in deal order, spreading those who share a spot', () => {
    const deal = buildDeal({
      id: 'northwind',
      stakeholders: [
        decisionMaker({ id: 'eva', name: 'Eva Berg', title: 'CFO', stance: 'champion', influence: 5 }),
        stakeholder({ id: 'per', stance: 'neutral', influence: 3 }),
        stakeholder({ id: 'ola', stance: 'neutral', influence: 3, title: ' ' }),
      ],
    });
    const matrix = influenceSupportMatrix(deal);
    expect(matrix.dealId).toBe('northwind');
    expect(matrix.placements).toEqual([
      { stakeholderId: 'eva', name: 'Eva Berg', title: 'CFO', role: 'decision-maker', stance: 'champion', influence: 5, support: 2, quadrant: 'allies-to-activate', slot: 0, slotCount: 1 },
      { stakeholderId: 'per', name: 'Per', title: null, role: 'user', stance: 'neutral', influence: 3, support: 0, quadrant: 'people-to-win-over', slot: 0, slotCount: 2 },
      { stakeholderId: 'ola', name: 'Ola', title: null, role: 'user', stance: 'neutral', influence: 3, support: 0, quadrant: 'people-to-win-over', slot: 1, slotCount: 2 },
    ]);
  });

  it('is empty for a deal nobody is on yet', () => {
    expect(influenceSupportMatrix(buildDeal()).placements).toEqual([]);
  });
});
