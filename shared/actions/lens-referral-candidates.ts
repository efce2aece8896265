// Lens candidate for the qualified-prospect Referrals criterion before the close: win someone to ask later.
import { describeStakeholder, mostInfluential } from '../engine/stakeholder-names';
import { messageRef } from '../i18n/message-ref';
import { interestRank } from '../model/vocabulary';
import { lensCandidate, type LensCandidateRule } from './lens-candidate-kit';

/**
 * missing on an open deal (nobody backs it, so nobody to ask once won): the most influential
 * neutral stakeholder who has shown interest becomes a supporter. Identified waits for the close;
 * a won deal's referrals are ask-referral's job.
 */
export const raiseReferrals: LensCandidateRule = (context, criterion) => {
  const { deal, facts } = context;
  if (deal.status !== 'open' || criterion.status !== 'missing') return null;
  const prospect = mostInfluential(
    facts.stakeholders.filter((person) => person.stance === 'neutral' && interestRank(person.interest) >= interestRank('general-info')),
  );
  if (prospect === undefined) return null;
  return lensCandidate(criterion, 'identified', [prospect], messageRef('actions.raise-referrals.title', { person: describeStakeholder(prospect) }), [
    { kind: 'set-stance', stakeholderId: prospect.id, stance: 'supporter' },
  ]);
};
