// Candidates on the value case: name a benefit (no-benefits) and quantify the savings (no-savings-case).
import { messageRef } from '../i18n/message-ref';
import type { CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder, warmestContact } from './candidate-helpers';

/** The share of the deal's amount the savings placeholder assumes, for the customer to correct. */
export const SAVINGS_PLACEHOLDER_SHARE = 0.1;

export const nameBenefit: CandidateGenerator = ({ facts }) => {
  if (facts.benefitNamed) return [];
  const contact = warmestContact(facts.engaged);
  return [
    {
      id: candidateId('name-benefit'),
      kind: 'name-benefit',
      title: contact === undefined ? messageRef('actions.name-benefit.title') : messageRef('actions.name-benefit.title-with', { person: describeStakeholder(contact) }),
      stakeholderIds: contact === undefined ? [] : [contact.id],
      moves: [{ kind: 'add-benefit', benefitKind: 'efficiency', text: `To agree${contact === undefined ? '' : ` with ${contact.name}`}` }],
    },
  ];
};

export const quantifySavings: CandidateGenerator = ({ deal, facts }) => {
  if (facts.savingsGiven) return [];
  const contact = warmestContact(facts.engaged);
  const estimate = Math.max(1, Math.round((deal.amount ?? 0) * SAVINGS_PLACEHOLDER_SHARE));
  return [
    {
      id: candidateId('quantify-savings'),
      kind: 'quantify-savings',
      title:
        contact === undefined ? messageRef('actions.quantify-savings.title') : messageRef('actions.quantify-savings.title-with', { person: describeStakeholder(contact) }),
      stakeholderIds: contact === undefined ? [] : [contact.id],
      moves: [{ kind: 'set-savings', backEnd: estimate }],
    },
  ];
};
