// Candidate: ask a won customer's champion for referrals (referral-not-asked).
import { messageRef } from '../i18n/message-ref';
import { isAlly } from '../model/vocabulary';
import type { CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder, mostInfluential } from './candidate-helpers';

export const askReferral: CandidateGenerator = ({ deal, facts }) => {
  if (deal.status !== 'won' || deal.referrals.length > 0) return [];
  const champion =
    mostInfluential(facts.stakeholders.filter((person) => person.stance === 'champion')) ??
    mostInfluential(facts.stakeholders.filter((person) => isAlly(person.stance)));
  return [
    {
      id: candidateId('ask-referral'),
      kind: 'ask-referral',
      title:
        champion === undefined
          ? messageRef('actions.ask-referral.title-account', { account: deal.account })
          : messageRef('actions.ask-referral.title', { person: describeStakeholder(champion) }),
      stakeholderIds: champion === undefined ? [] : [champion.id],
      moves: [
        {
          kind: 'add-referral',
          name: `Referral from ${champion?.name ?? deal.account}`,
          note: 'Placeholder: replace with the company and contact you were given',
          placeholders: ['name'],
        },
      ],
    },
  ];
};
