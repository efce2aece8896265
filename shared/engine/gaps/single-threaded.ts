// Gap rule: single-threaded, a deal that rests on fewer interested people than the workspace asks for.
import { hasShownInterest } from '../../model/vocabulary';
import { describeStakeholder, describeStakeholders, mostInfluential } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const singleThreaded: GapRule = ({ facts, settings }) => {
  const needed = settings.singleThreadMinEngaged;
  const { engaged } = facts;
  if (engaged.length >= needed) return [];
  const { account } = facts.deal;
  const contact = engaged[0];
  const next = mostInfluential(facts.stakeholders.filter((person) => !hasShownInterest(person.interest)));
  const introduction = next === undefined ? 'another member of the buying center' : next.name;
  // With the default of two, the messages stay as they always were; other thresholds name the number.
  const wanted = needed === 2 ? '' : ` (this workspace asks for at least ${needed})`;
  let message: string;
  if (contact === undefined) message = `Nobody at ${account} has shown interest, so the deal rests on no one yet${wanted}`;
  else if (engaged.length === 1) message = `Only ${describeStakeholder(contact)} has shown interest; the deal rests on one person${wanted}`;
  else {
    message =
      `Only ${engaged.length} people have shown interest (${describeStakeholders(engaged)}); ` +
      `this workspace asks for at least ${needed}`;
  }
  return [
    makeGap('single-threaded', {
      message,
      nextAction:
        contact === undefined
          ? `Engage at least ${needed === 1 ? 'one person' : `${needed} people`} in the buying center, starting with ${introduction}`
          : `Ask ${contact.name} to introduce you to ${introduction}`,
      stakeholderIds: engaged.map((person) => person.id),
    }),
  ];
};
