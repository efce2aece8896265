// Gap rules on the value case: no-benefits and no-savings-case.
import { warmestContact } from '../stakeholder-names';
import { gapText, makeGap, type GapRule } from './gap-rule';

export const noBenefits: GapRule = ({ facts }) => {
  if (facts.benefitNamed) return [];
  const { account } = facts.deal;
  const contact = warmestContact(facts.engaged);
  return [
    makeGap('no-benefits', {
      message: gapText('no-benefits.message', { account }),
      nextAction:
        contact === undefined ? gapText('no-benefits.next') : gapText('no-benefits.next-contact', { contact: contact.name }),
    }),
  ];
};

export const noSavingsCase: GapRule = ({ facts }) => {
  if (facts.savingsGiven) return [];
  const { account } = facts.deal;
  const contact = warmestContact(facts.engaged);
  return [
    makeGap('no-savings-case', {
      message: gapText('no-savings-case.message'),
      nextAction:
        contact === undefined
          ? gapText('no-savings-case.next', { account })
          : gapText('no-savings-case.next-contact', { contact: contact.name, account }),
    }),
  ];
};
