// Gap rules on who decides: no-decision-maker, decision-maker-stance-unknown, decision-maker-saboteur,
// decision-maker-unengaged.
import type { Stakeholder } from '../../model/deal-schema';
import type { DealFacts } from '../deal-facts';
import { describeStakeholder, mostInfluential, warmestContact } from '../stakeholder-names';
import { gapText, makeGap, type GapRule } from './gap-rule';

export const noDecisionMaker: GapRule = ({ facts }) => {
  if (facts.decisionMakers.length > 0) return [];
  const { account } = facts.deal;
  const contact = warmestContact(facts.stakeholders);
  return [
    makeGap('no-decision-maker', {
      message: gapText('no-decision-maker.message', { account }),
      nextAction:
        contact === undefined
          ? gapText('no-decision-maker.next', { account })
          : gapText('no-decision-maker.next-contact', { contact: contact.name }),
    }),
  ];
};

export const decisionMakerStanceUnknown: GapRule = ({ facts }) =>
  facts.decisionMakers
    .filter((dm) => dm.stance === 'unknown')
    .map((dm) =>
      makeGap('decision-maker-stance-unknown', {
        perStakeholderId: dm.id,
        message: gapText('decision-maker-stance-unknown.message', { decisionMaker: describeStakeholder(dm) }),
        nextAction: gapText('decision-maker-stance-unknown.next', { name: dm.name }),
        stakeholderIds: [dm.id],
      }),
    );

export const decisionMakerSaboteur: GapRule = ({ facts }) =>
  facts.saboteurDecisionMakers.map((dm) =>
    makeGap('decision-maker-saboteur', {
      perStakeholderId: dm.id,
      message: gapText('decision-maker-saboteur.message', { decisionMaker: describeStakeholder(dm) }),
      nextAction: gapText('decision-maker-saboteur.next', { name: dm.name }),
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
  const ally = strongestAllyOf(facts, target);
  return [
    makeGap('decision-maker-unengaged', {
      message: gapText('decision-maker-unengaged.message', {
        decisionMakers: facts.decisionMakers.map(describeStakeholder),
        count: facts.decisionMakers.length,
      }),
      nextAction:
        ally === undefined
          ? gapText('decision-maker-unengaged.next', { target: target.name })
          : gapText('decision-maker-unengaged.next-ally', { target: target.name, ally: ally.name }),
      stakeholderIds: facts.decisionMakers.map((dm) => dm.id),
    }),
  ];
};
