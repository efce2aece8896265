// The stage rule: lead, prospect, qualified from the buying center and the gaps; customer and lost from the status.
import type { DealFacts } from './deal-facts';
import type { Gap, QualificationStage } from './types';

/**
 * - `customer` when the deal is won, `lost` when it is lost; otherwise
 * - `qualified`: a prospect with decision involvement established (a decision-maker at
 *   `general-info` interest or higher, or a supporter or champion with an influence path at
 *   least one `influences` relation long to a decision-maker) and no blocker standing: any
 *   blocker (a saboteur no ally outweighs, a decision-maker who is a saboteur...) keeps it a
 *   prospect, so a deal whose only decision-makers are saboteurs is never qualified;
 * - `prospect`: the need is confirmed and someone is at `general-info` interest or higher;
 * - `lead`: everything else.
 */
export function stageFromFacts(facts: DealFacts, gaps: readonly Gap[]): QualificationStage {
  const { deal } = facts;
  if (deal.status === 'won') return 'customer';
  if (deal.status === 'lost') return 'lost';
  const prospect = deal.need.confirmed && facts.engaged.length > 0;
  if (!prospect) return 'lead';
  const involved = facts.decisionMakerEngaged || facts.allyPathToDecisionMaker;
  const blocked = gaps.some((gap) => gap.severity === 'blocker');
  return involved && !blocked ? 'qualified' : 'prospect';
}
