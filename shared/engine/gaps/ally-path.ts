// Gap rule: no-ally-path, decision-makers that no supporter or champion reaches.
import { isAlly } from '../../model/vocabulary';
import { describeStakeholders, mostInfluential } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const noAllyPath: GapRule = ({ facts }) => {
  // Without a decision-maker, no-decision-maker already says what is missing.
  if (facts.decisionMakers.length === 0 || facts.allyReachesDecisionMaker) return [];
  const target = mostInfluential(facts.decisionMakers);
  const ally = mostInfluential(facts.stakeholders.filter((person) => isAlly(person.stance)));
  const decisionMakers = describeStakeholders(facts.decisionMakers);
  const several = facts.decisionMakers.length > 1;
  return [
    makeGap('no-ally-path', {
      message:
        `No supporter or champion has an influence path to ${decisionMakers}, and ` +
        `${several ? 'none of them is' : 'they are not'} a supporter or champion.`,
      nextAction:
        ally === undefined
          ? `Win a champion who influences ${target?.name ?? 'a decision-maker'}, or win ${target?.name ?? 'a decision-maker'} over.`
          : `Ask ${ally.name}, who supports the deal, how to reach ${target?.name ?? 'a decision-maker'}, and record that influence on the map.`,
      stakeholderIds: facts.decisionMakers.map((dm) => dm.id),
    }),
  ];
};
