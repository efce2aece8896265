// Gap rules on who decides: no-decision-maker, decision-maker-stance-unknown, decision-maker-saboteur,
// decision-maker-unengaged.
import { describeStakeholder, warmestContact } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const noDecisionMaker: GapRule = ({ facts }) => {
  if (facts.decisionMakers.length > 0) return [];
  const { account } = facts.deal;
  const contact = warmestContact(facts.stakeholders);
  return [
    makeGap('no-decision-maker', {
      message: `Nobody in the buying center at ${account} is known to have the authority to approve the purchase.`,
      nextAction: `Ask ${contact?.name ?? `your contact at ${account}`} who signs off a purchase like this, and add them to the map as a decision-maker.`,
    }),
  ];
};

export const decisionMakerStanceUnknown: GapRule = ({ facts }) =>
  facts.decisionMakers
    .filter((dm) => dm.stance === 'unknown')
    .map((dm) =>
      makeGap('decision-maker-stance-unknown', {
        perStakeholderId: dm.id,
        message: `${describeStakeholder(dm)} decides, but how they lean toward this deal is unknown.`,
        nextAction: `Book a meeting with ${dm.name} to learn where they stand and what would win them over.`,
        stakeholderIds: [dm.id],
      }),
    );

export const decisionMakerSaboteur: GapRule = ({ facts }) =>
  facts.saboteurDecisionMakers.map((dm) =>
    makeGap('decision-maker-saboteur', {
      perStakeholderId: dm.id,
      message: `${describeStakeholder(dm)} decides and works against the deal.`,
      nextAction: `Meet ${dm.name} to hear the objections out, and ask your allies who can change ${dm.name}'s mind.`,
      stakeholderIds: [dm.id],
    }),
  );

/** Decision-makers exist, but none has shown interest: nobody with authority is engaged yet. */
export const decisionMakerUnengaged: GapRule = ({ facts }) => {
  if (facts.decisionMakers.length === 0 || facts.decisionMakerEngaged) return [];
  const names = facts.decisionMakers.map((dm) => describeStakeholder(dm)).join(', ');
  const first = facts.decisionMakers[0];
  return [
    makeGap('decision-maker-unengaged', {
      message: `No decision-maker has shown interest yet: ${names} ${facts.decisionMakers.length === 1 ? 'has' : 'have'} not asked for even general information.`,
      nextAction: `Get ${first?.name ?? 'the decision-maker'} a short, personal overview of what the purchase would change for them, through your strongest ally if you have one.`,
      stakeholderIds: facts.decisionMakers.map((dm) => dm.id),
    }),
  ];
};
