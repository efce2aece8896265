// The influence-by-support matrix of one deal: where each stakeholder stands, and what to do about them.
import type { Deal } from '../model/deal-schema';
import type { StakeholderRole, StakeholderStance } from '../model/vocabulary';

export const SUPPORT_QUADRANTS = [
  'saboteurs-to-counter',
  'people-to-win-over',
  'allies-to-activate',
  'people-to-keep-informed',
] as const;
/** What the account executive does with the people in one region of the matrix. */
export type SupportQuadrant = (typeof SUPPORT_QUADRANTS)[number];

/** Support from -2 (saboteur) to +2 (champion); an unknown stance counts as undecided (0). */
export const SUPPORT_BY_STANCE: Readonly<Record<StakeholderStance, number>> = {
  saboteur: -2,
  skeptic: -1,
  unknown: 0,
  neutral: 0,
  supporter: 1,
  champion: 2,
};

/** Influence 3 to 5 (of 1 to 5) counts as able to sway the decision. */
export const HIGH_INFLUENCE = 3;

/**
 * With sway: for the deal -> allies to activate; against -> saboteurs to counter; undecided ->
 * people to win over. With little sway: against -> people to win over (a cheap convert); undecided
 * or for -> people to keep informed.
 */
export function supportQuadrant(support: number, influence: number): SupportQuadrant {
  if (influence >= HIGH_INFLUENCE) {
    if (support > 0) return 'allies-to-activate';
    return support < 0 ? 'saboteurs-to-counter' : 'people-to-win-over';
  }
  return support < 0 ? 'people-to-win-over' : 'people-to-keep-informed';
}

export interface StakeholderPlacement {
  readonly stakeholderId: string;
  readonly name: string;
  readonly title: string | null;
  readonly role: StakeholderRole;
  readonly stance: StakeholderStance;
  /** 1 to 5, the stakeholder's own influence on the decision. */
  readonly influence: number;
  /** -2 to +2, from the stance (SUPPORT_BY_STANCE). */
  readonly support: number;
  readonly quadrant: SupportQuadrant;
  /** Position among the stakeholders with the same stance and influence, so a chart can spread them. */
  readonly slot: number;
  readonly slotCount: number;
}

export interface InfluenceSupportMatrix {
  readonly dealId: string;
  /** Every stakeholder, in deal order. */
  readonly placements: readonly StakeholderPlacement[];
}

export function influenceSupportMatrix(deal: Deal): InfluenceSupportMatrix {
  const cellSizes = new Map<string, number>();
  const cellOf = (stance: StakeholderStance, influence: number) => `${stance}:${influence}`;
  for (const person of deal.stakeholders) {
    const cell = cellOf(person.stance, person.influence);
    cellSizes.set(cell, (cellSizes.get(cell) ?? 0) + 1);
  }
  const taken = new Map<string, number>();
  const placements = deal.stakeholders.map((person) => {
    const cell = cellOf(person.stance, person.influence);
    const slot = taken.get(cell) ?? 0;
    taken.set(cell, slot + 1);
    const support = SUPPORT_BY_STANCE[person.stance];
    return {
      stakeholderId: person.id,
      name: person.name,
      title: person.title?.trim() ? person.title : null,
      role: person.role,
      stance: person.stance,
      influence: person.influence,
      support,
      quadrant: supportQuadrant(support, person.influence),
      slot,
      slotCount: cellSizes.get(cell) ?? 1,
    };
  });
  return { dealId: deal.id, placements };
}
