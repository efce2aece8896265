// Gap rule: no-ally-path, decision-makers that no supporter or champion reaches.
import { isAlly } from '../../model/vocabulary';
import { describeStakeholders, mostInfluential } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const noAllyPath: GapRule = ({ facts }) => {
  // Without a decision-maker, no-decision-maker already says what is missing.
  const target = mostInfluential(facts.decisionMakers);
  if (target === undefined || facts.allyReachesDecisionMaker) return [];
  const ally = mostInfluential(facts.stakeholders.filter((person) => isAlly(person.stance)));
  const count = facts.decisionMakers.length;
  const them = count === 1 ? 'them' : count === 2 ? 'either of them' : 'any of them';
  return [
    makeGap('no-ally-path', {
      message:
        `${describeStakeholders(facts.decisionMakers)} ${count === 1 ? 'does' : 'do'} not back the deal yet, ` +
        `and no supporter or champion influences ${them}, directly or through others`,
      nextAction:
        ally === undefined
          ? `Win a champion who influences ${target.name}, or win ${target.name} over`
          : `Ask ${ally.name}, who supports the deal, how to reach ${target.name}, and add that influence to the map`,
      stakeholderIds: facts.decisionMakers.map((dm) => dm.id),
    }),
  ];
};
