// Gap rules on who decides: no-decision-maker, decision-maker-stance-unknown, decision-maker-saboteur,
// decision-maker-unengaged.
import type { Stakeholder } from '../../model/deal-schema';
import type { DealFacts } from '../deal-facts';
import { joinWithAnd } from '../message-text';
import { describeStakeholder, mostInfluential, warmestContact } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const noDecisionMaker: GapRule = ({ facts }) => {
  if (facts.decisionMakers.length > 0) return [];
  const { account } = facts.deal;
  const contact = warmestContact(facts.stakeholders);
  return [
    makeGap('no-decision-maker', {
      message: `Nobody in the buying center at ${account} is known to have the authority to sign off the purchase`,
      nextAction: `Ask ${contact?.name ?? `your contact at ${account}`} who signs off a purchase like this, and add them to the map as a decision-maker`,
    }),
  ];
};

export const decisionMakerStanceUnknown: GapRule = ({ facts }) =>
  facts.decisionMakers
    .filter((dm) => dm.stance === 'unknown')
    .map((dm) =>
      makeGap('decision-maker-stance-unknown', {
        perStakeholderId: dm.id,
        message: `${describeStakeholder(dm)} is a decision-maker, but nobody knows yet where they stand on this deal`,
        nextAction: `Book a meeting with ${dm.name} to learn where they stand and what would win them over`,
        stakeholderIds: [dm.id],
      }),
    );

export const decisionMakerSaboteur: GapRule = ({ facts }) =>
  facts.saboteurDecisionMakers.map((dm) =>
    makeGap('decision-maker-saboteur', {
      perStakeholderId: dm.id,
      message: `${describeStakeholder(dm)} is a decision-maker and works against the deal`,
      nextAction: `Meet ${dm.name} to hear out the objections, and ask your allies who could change their mind`,
      stakeholderIds: [dm.id],
    }),
  );

/** The ally with the most sway over a decision-maker, other than the decision-maker themself. */
function strongestAllyOf(facts: DealFacts, decisionMaker: Stakeholder): Stakeholder | undefined {
  const reaches = facts.influence.decisionMakers.find((dm) => dm.decisionMakerId === decisionMaker.id);
  const path = reaches?.allyReaches.find((reach) => reach.fromId !== decisionMaker.id);
  return path === undefined ? undefined : facts.findStakeholder(path.fromId);
}

/** Decision-makers exist, but none has shown interest: nobody with authority is engaged yet. */
export const decisionMakerUnengaged: GapRule = ({ facts }) => {
  const target = mostInfluential(facts.decisionMakers);
  if (target === undefined || facts.decisionMakerEngaged) return [];
  const names = joinWithAnd(facts.decisionMakers.map(describeStakeholder));
  const ally = strongestAllyOf(facts, target);
  const overview = `Send ${target.name} a short, personal overview of what the purchase would change for them`;
  return [
    makeGap('decision-maker-unengaged', {
      message: `No decision-maker has shown interest yet: ${names} ${facts.decisionMakers.length === 1 ? 'has' : 'have'} not asked even for general information`,
      nextAction:
        ally === undefined
          ? `${overview}, and ask for a meeting`
          : `${overview}, and ask ${ally.name}, who supports the deal, to put in a good word`,
      stakeholderIds: facts.decisionMakers.map((dm) => dm.id),
    }),
  ];
};
