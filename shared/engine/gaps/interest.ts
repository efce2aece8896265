// Gap rules on the interest ladder: no-interest and interest-shallow.
import { describeStakeholders, mostInfluential, warmestContact } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const noInterest: GapRule = ({ facts }) => {
  if (facts.engaged.length > 0) return [];
  const { account } = facts.deal;
  const target = mostInfluential(facts.stakeholders);
  return [
    makeGap('no-interest', {
      message: `Nobody at ${account} has shown interest yet: no one has asked even for general information`,
      nextAction:
        target === undefined
          ? `Find out who at ${account} takes part in the decision, and offer them an overview of the product`
          : `Send ${target.name} a short overview of what the product does for ${account} and ask for a first meeting`,
    }),
  ];
};

export const interestShallow: GapRule = ({ facts }) => {
  if (facts.engaged.length === 0 || facts.discussingBenefits.length > 0) return [];
  const { account } = facts.deal;
  const contact = warmestContact(facts.engaged);
  return [
    makeGap('interest-shallow', {
      message:
        `Interest is still shallow: ${describeStakeholders(facts.engaged)} ` +
        `${facts.engaged.length === 1 ? 'wants' : 'want'} general information, but nobody is ` +
        `discussing yet how the product would serve ${account} better than the alternatives`,
      nextAction: `Book a session with ${contact?.name ?? 'your contact'} to compare the product with the alternatives ${account} is considering`,
      stakeholderIds: facts.engaged.map((stakeholder) => stakeholder.id),
    }),
  ];
};
