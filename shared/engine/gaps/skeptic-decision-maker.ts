// Gap rule: decision-maker-skeptic, a skeptical decision-maker whose doubts no ally outweighs.
import type { DealFacts } from '../deal-facts';
import type { InfluencePath } from '../influence-paths';
import type { SkepticDecisionMaker } from '../skeptic-pull';
import { describeStakeholder } from '../stakeholder-names';
import type { MessageRef } from '../../i18n/message-ref';
import { gapText, makeGap, type GapRule } from './gap-rule';

function nameOf(facts: DealFacts, id: string): string {
  return facts.findStakeholder(id)?.name ?? id;
}

/** "their own doubts weigh 15" or "Lars Ek pulls against the deal with 12". */
function describePull(facts: DealFacts, skeptic: SkepticDecisionMaker): MessageRef {
  const { pull, decisionMaker } = skeptic;
  return pull.fromId === decisionMaker.id
    ? gapText('decision-maker-skeptic.pull-self', { reach: pull.reach, influence: decisionMaker.influence })
    : gapText('decision-maker-skeptic.pull-other', { name: nameOf(facts, pull.fromId), reach: pull.reach });
}

function describeAlly(facts: DealFacts, ally: InfluencePath | null): MessageRef {
  return ally === null
    ? gapText('decision-maker-skeptic.ally-none')
    : gapText('decision-maker-skeptic.ally-weaker', { ally: nameOf(facts, ally.fromId), reach: ally.reach });
}

export const decisionMakerSkeptic: GapRule = ({ facts }) =>
  facts.unansweredSkeptics.map((skeptic) => {
    const { decisionMaker: dm, pull, strongestAlly } = skeptic;
    const ally = strongestAlly === null ? undefined : facts.findStakeholder(strongestAlly.fromId);
    const paths = [pull, ...(strongestAlly === null ? [] : [strongestAlly])];
    return makeGap('decision-maker-skeptic', {
      perStakeholderId: dm.id,
      message: gapText('decision-maker-skeptic.message', {
        decisionMaker: describeStakeholder(dm),
        pull: describePull(facts, skeptic),
        ally: describeAlly(facts, strongestAlly),
      }),
      nextAction:
        ally === undefined
          ? gapText('decision-maker-skeptic.next', { name: dm.name, reach: pull.reach })
          : gapText('decision-maker-skeptic.next-ally', { name: dm.name, ally: ally.name, reach: pull.reach }),
      stakeholderIds: [...new Set(paths.flatMap((path) => path.stakeholderIds))],
      relationIds: [...new Set(paths.flatMap((path) => path.relationIds))],
      paths: paths.map((path) => ({ stakeholderIds: path.stakeholderIds, relationIds: path.relationIds })),
    });
  });
