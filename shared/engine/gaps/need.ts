// Gap rule: need-unconfirmed, the first of the source's three qualification steps.
import { warmestContact } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const needUnconfirmed: GapRule = ({ facts }) => {
  const { deal } = facts;
  if (deal.need.confirmed) return [];
  const summary = deal.need.summary.trim();
  const contact = warmestContact(facts.stakeholders);
  const ask =
    contact === undefined
      ? `someone at ${deal.account} what the problem costs them`
      : `${contact.name} what the problem costs ${deal.account}`;
  return [
    makeGap('need-unconfirmed', {
      message:
        summary === ''
          ? `Nobody has confirmed that ${deal.account} needs what we sell`
          : `${deal.account} has not confirmed the need yet: "${summary}"`,
      nextAction: `Ask ${ask} today and who feels it most, then mark the need confirmed`,
    }),
  ];
};
