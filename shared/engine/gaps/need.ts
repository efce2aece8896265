// Gap rule: need-unconfirmed, the first of the source's three qualification steps.
import { warmestContact } from '../stakeholder-names';
import { gapText, makeGap, type GapRule } from './gap-rule';

export const needUnconfirmed: GapRule = ({ facts }) => {
  const { deal } = facts;
  if (deal.need.confirmed) return [];
  const summary = deal.need.summary.trim();
  const contact = warmestContact(facts.stakeholders);
  const { account } = deal;
  return [
    makeGap('need-unconfirmed', {
      message:
        summary === ''
          ? gapText('need-unconfirmed.message', { account })
          : gapText('need-unconfirmed.message-summary', { account, summary }),
      nextAction:
        contact === undefined
          ? gapText('need-unconfirmed.next', { account })
          : gapText('need-unconfirmed.next-contact', { contact: contact.name, account }),
    }),
  ];
};
