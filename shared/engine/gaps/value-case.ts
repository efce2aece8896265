// Gap rules on the value case: no-benefits and no-savings-case.
import { warmestContact } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const noBenefits: GapRule = ({ facts }) => {
  if (facts.benefitNamed) return [];
  const { account } = facts.deal;
  const contact = warmestContact(facts.engaged);
  return [
    makeGap('no-benefits', {
      message: `The value case names no benefit: nothing says how the product makes work at ${account} easier, gives better support than earlier suppliers or makes it more efficient.`,
      nextAction: `Write down at least one benefit${contact === undefined ? '' : ` with ${contact.name}`}: easier work, better support or more efficient work.`,
    }),
  ];
};

export const noSavingsCase: GapRule = ({ facts }) => {
  if (facts.savingsGiven) return [];
  const { account } = facts.deal;
  const contact = warmestContact(facts.engaged);
  return [
    makeGap('no-savings-case', {
      message: `The value case shows no saving: neither a front-end saving (on the price) nor a back-end saving (on indirect costs) is given.`,
      nextAction: `Work out${contact === undefined ? '' : ` with ${contact.name}`} what the purchase saves ${account}: on the price, and in indirect costs it removes.`,
    }),
  ];
};
