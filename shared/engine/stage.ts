// The stage rule: lead, prospect, qualified from the buying center; customer and lost from the status.
import type { Deal } from '../model/deal-schema';
import { collectDealFacts, type DealFacts } from './deal-facts';
import type { QualificationStage } from './types';

/**
 * - `customer` when the deal is won, `lost` when it is lost; otherwise
 * - `qualified`: a prospect with decision involvement established: a decision-maker at
 *   `general-info` interest or higher, or a supporter or champion with an influence path (at
 *   least one `influences` relation long) to a decision-maker;
 * - `prospect`: the need is confirmed and someone is at `general-info` interest or higher;
 * - `lead`: everything else.
 */
export function stageFromFacts(facts: DealFacts): QualificationStage {
  const { deal } = facts;
  if (deal.status === 'won') return 'customer';
  if (deal.status === 'lost') return 'lost';
  const prospect = deal.need.confirmed && facts.engaged.length > 0;
  if (!prospect) return 'lead';
  return facts.decisionMakerEngaged || facts.allyPathToDecisionMaker ? 'qualified' : 'prospect';
}

/** The deal's qualification stage (README "Stage rule"). */
export function qualificationStage(deal: Deal): QualificationStage {
  if (deal.status === 'won') return 'customer';
  if (deal.status === 'lost') return 'lost';
  return stageFromFacts(collectDealFacts(deal));
}
