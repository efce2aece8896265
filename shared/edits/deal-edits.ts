// Pure edits of a deal's details, need and value case: (deal, input) => deal.
import type { Benefit, Deal } from '../model/deal-schema';
import { patchChangesAnything } from './unchanged';

// Each edit answers its input deal itself when it changes nothing (the app skips undo and save).

/** The deal fields the details form edits directly. */
export type DealDetailsPatch = Partial<
  Pick<Deal, 'name' | 'account' | 'owner' | 'amount' | 'currency' | 'closeDate' | 'status' | 'forecastCategory'>
>;

/** Applies the patch; an `undefined` value leaves the optional field out of the saved JSON. */
export function updateDealDetails(deal: Deal, patch: DealDetailsPatch): Deal {
  return patchChangesAnything(deal, patch) ? { ...deal, ...patch } : deal;
}

export function renameDeal(deal: Deal, name: string): Deal {
  return deal.name === name ? deal : { ...deal, name };
}

export function updateNeed(deal: Deal, patch: Partial<Deal['need']>): Deal {
  if (!patchChangesAnything(deal.need, patch)) return deal;
  return { ...deal, need: { ...deal.need, ...patch } };
}

export function addBenefit(deal: Deal, benefit: Benefit = { kind: 'efficiency', text: '' }): Deal {
  return {
    ...deal,
    valueCase: { ...deal.valueCase, benefits: [...deal.valueCase.benefits, benefit] },
  };
}

export function updateBenefit(deal: Deal, index: number, patch: Partial<Benefit>): Deal {
  const current = deal.valueCase.benefits[index];
  if (current === undefined || !patchChangesAnything(current, patch)) return deal;
  const benefits = deal.valueCase.benefits.map((benefit, at) =>
    at === index ? { ...benefit, ...patch } : benefit,
  );
  return { ...deal, valueCase: { ...deal.valueCase, benefits } };
}

export function removeBenefit(deal: Deal, index: number): Deal {
  if (deal.valueCase.benefits[index] === undefined) return deal;
  const benefits = deal.valueCase.benefits.filter((_, at) => at !== index);
  return { ...deal, valueCase: { ...deal.valueCase, benefits } };
}

export function updateSavings(
  deal: Deal,
  patch: Partial<Deal['valueCase']['savings']>,
): Deal {
  if (!patchChangesAnything(deal.valueCase.savings, patch)) return deal;
  return {
    ...deal,
    valueCase: { ...deal.valueCase, savings: { ...deal.valueCase.savings, ...patch } },
  };
}
