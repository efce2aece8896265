// Gap rule: no-ally-path, decision-makers that no supporter or champion reaches.
import { isAlly } from '../../model/vocabulary';
import { describeStakeholder, mostInfluential } from '../stakeholder-names';
import { gapText, makeGap, type GapRule } from './gap-rule';

export const noAllyPath: GapRule = ({ facts }) => {
  // Without a decision-maker, no-decision-maker already says what is missing.
  const target = mostInfluential(facts.decisionMakers);
  if (target === undefined || facts.allyReachesDecisionMaker) return [];
  const ally = mostInfluential(facts.stakeholders.filter((person) => isAlly(person.stance)));
  return [
    makeGap('no-ally-path', {
      message: gapText('no-ally-path.message', {
        decisionMakers: facts.decisionMakers.map(describeStakeholder),
        count: facts.decisionMakers.length,
      }),
      nextAction:
        ally === undefined
          ? gapText('no-ally-path.next', { target: target.name })
          : gapText('no-ally-path.next-ally', { ally: ally.name, target: target.name }),
      stakeholderIds: facts.decisionMakers.map((dm) => dm.id),
    }),
  ];
};
