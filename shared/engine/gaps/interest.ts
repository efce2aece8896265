// Gap rules on the interest ladder: no-interest and interest-shallow.
import { describeStakeholder, mostInfluential, warmestContact } from '../stakeholder-names';
import { gapText, makeGap, type GapRule } from './gap-rule';

export const noInterest: GapRule = ({ facts }) => {
  if (facts.engaged.length > 0) return [];
  const { account } = facts.deal;
  const target = mostInfluential(facts.stakeholders);
  return [
    makeGap('no-interest', {
      message: gapText('no-interest.message', { account }),
      nextAction:
        target === undefined
          ? gapText('no-interest.next', { account })
          : gapText('no-interest.next-contact', { contact: target.name, account }),
    }),
  ];
};

export const interestShallow: GapRule = ({ facts }) => {
  if (facts.engaged.length === 0 || facts.discussingBenefits.length > 0) return [];
  const { account } = facts.deal;
  const contact = warmestContact(facts.engaged);
  return [
    makeGap('interest-shallow', {
      message: gapText('interest-shallow.message', {
        engaged: facts.engaged.map(describeStakeholder),
        count: facts.engaged.length,
        account,
      }),
      nextAction:
        contact === undefined
          ? gapText('interest-shallow.next', { account })
          : gapText('interest-shallow.next-contact', { contact: contact.name, account }),
      stakeholderIds: facts.engaged.map((stakeholder) => stakeholder.id),
    }),
  ];
};
