// Gap rule: decision-maker-skeptic, a skeptical decision-maker whose doubts no ally outweighs.
import type { DealFacts } from '../deal-facts';
import type { InfluencePath } from '../influence-paths';
import type { SkepticDecisionMaker } from '../skeptic-pull';
import { describeStakeholder } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

function nameOf(facts: DealFacts, id: string): string {
  return facts.findStakeholder(id)?.name ?? id;
}

/** "their own doubts weigh 15" or "Lars Ek pulls against the deal with 12". */
function describePull(facts: DealFacts, skeptic: SkepticDecisionMaker): string {
  const { pull, decisionMaker } = skeptic;
  return pull.fromId === decisionMaker.id
    ? `their own doubts weigh ${pull.reach} (influence ${decisionMaker.influence} × 3)`
    : `${nameOf(facts, pull.fromId)} pulls them against the deal with ${pull.reach}`;
}

function describeAlly(facts: DealFacts, ally: InfluencePath | null): string {
  return ally === null ? 'no supporter or champion reaches them' : `the strongest ally, ${nameOf(facts, ally.fromId)}, reaches them with only ${ally.reach}`;
}

export const decisionMakerSkeptic: GapRule = ({ facts }) =>
  facts.unansweredSkeptics.map((skeptic) => {
    const { decisionMaker: dm, pull, strongestAlly } = skeptic;
    const ally = strongestAlly === null ? undefined : facts.findStakeholder(strongestAlly.fromId);
    const paths = [pull, ...(strongestAlly === null ? [] : [strongestAlly])];
    return makeGap('decision-maker-skeptic', {
      perStakeholderId: dm.id,
      message:
        `${describeStakeholder(dm)} is a decision-maker and skeptical of the deal, and no ally outweighs it: ` +
        `${describePull(facts, skeptic)}, and ${describeAlly(facts, strongestAlly)} (reach = influence × the weakest link of the path)`,
      nextAction:
        ally === undefined
          ? `Meet ${dm.name} to hear what would answer their doubts, and win someone with at least ${pull.reach} of reach over ${dm.name} to your side`
          : `Ask ${ally.name} to take ${dm.name}'s doubts to them, and bring ${ally.name}'s reach to ${pull.reach} or more, or meet ${dm.name} to hear what would answer their doubts`,
      stakeholderIds: [...new Set(paths.flatMap((path) => path.stakeholderIds))],
      relationIds: [...new Set(paths.flatMap((path) => path.relationIds))],
      paths: paths.map((path) => ({ stakeholderIds: path.stakeholderIds, relationIds: path.relationIds })),
    });
  });
