// Gap rule: single-threaded, a deal that rests on fewer interested people than the workspace asks for.
import { hasShownInterest } from '../../model/vocabulary';
import { describeStakeholder, mostInfluential } from '../stakeholder-names';
import { gapText, makeGap, type GapRule } from './gap-rule';

export const singleThreaded: GapRule = ({ facts, settings }) => {
  const needed = settings.singleThreadMinEngaged;
  const { engaged } = facts;
  if (engaged.length >= needed) return [];
  const { account } = facts.deal;
  const contact = engaged[0];
  const next = mostInfluential(facts.stakeholders.filter((person) => !hasShownInterest(person.interest)));
  const introduction = next === undefined ? gapText('single-threaded.another-member') : next.name;
  // With the default of two, the messages stay as they always were; other thresholds name the number.
  const [threshold, wanted] = needed === 2 ? ['', {}] : ['-threshold', { needed }];
  let message;
  if (contact === undefined) message = gapText(`single-threaded.message-none${threshold}`, { account, ...wanted });
  else if (engaged.length === 1) message = gapText(`single-threaded.message-one${threshold}`, { contact: describeStakeholder(contact), ...wanted });
  else {
    message = gapText('single-threaded.message-many', { count: engaged.length, engaged: engaged.map(describeStakeholder), needed });
  }
  return [
    makeGap('single-threaded', {
      message,
      nextAction:
        contact === undefined
          ? gapText('single-threaded.next', { needed, introduction })
          : gapText('single-threaded.next-contact', { contact: contact.name, introduction }),
      stakeholderIds: engaged.map((person) => person.id),
    }),
  ];
};
