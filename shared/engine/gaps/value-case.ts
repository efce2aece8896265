// Gap rules on the value case: no-benefits and no-savings-case.
import { warmestContact } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const noBenefits: GapRule = ({ facts }) => {
  if (facts.benefitNamed) return [];
  const { account } = facts.deal;
  const contact = warmestContact(facts.engaged);
  const benefit = 'at least one benefit, such as easier work, better support or more efficient work';
  return [
    makeGap('no-benefits', {
      message: `The value case names no benefit: nothing says how the product makes work at ${account} easier or more efficient, or gives better support than earlier suppliers`,
      nextAction:
        contact === undefined ? `Write down ${benefit}` : `Agree with ${contact.name} on ${benefit}, and write it down`,
    }),
  ];
};

export const noSavingsCase: GapRule = ({ facts }) => {
  if (facts.savingsGiven) return [];
  const { account } = facts.deal;
  const contact = warmestContact(facts.engaged);
  return [
    makeGap('no-savings-case', {
      message: 'The value case shows no saving, neither on the price (front end) nor on indirect costs (back end)',
      nextAction: `Work out${contact === undefined ? '' : ` with ${contact.name}`} what the purchase saves ${account}, on the price and in indirect costs`,
    }),
  ];
};
