// Gap rule: single-threaded, a deal that rests on fewer than two interested people.
import { hasShownInterest } from '../../model/vocabulary';
import { describeStakeholder, mostInfluential } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const singleThreaded: GapRule = ({ facts }) => {
  if (facts.engaged.length >= 2) return [];
  const { account } = facts.deal;
  const contact = facts.engaged[0];
  const next = mostInfluential(facts.stakeholders.filter((person) => !hasShownInterest(person.interest)));
  const introduction = next === undefined ? 'another member of the buying center' : next.name;
  return [
    makeGap('single-threaded', {
      message:
        contact === undefined
          ? `Nobody at ${account} has shown interest, so the deal rests on no one yet`
          : `Only ${describeStakeholder(contact)} has shown interest; the deal rests on one person`,
      nextAction:
        contact === undefined
          ? `Engage at least two people in the buying center, starting with ${introduction}`
          : `Ask ${contact.name} to introduce you to ${introduction}`,
      stakeholderIds: contact === undefined ? [] : [contact.id],
    }),
  ];
};
