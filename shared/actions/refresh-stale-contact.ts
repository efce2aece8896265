// Candidates: meet a decision-maker whose last contact is stale (stale-decision-maker).
import { messageRef } from '../i18n/message-ref';
import type { CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder } from './candidate-helpers';

export const refreshStaleContact: CandidateGenerator = ({ facts, qualification, asOf }) =>
  qualification.gaps.flatMap((gap) => {
    const dm = gap.code === 'stale-decision-maker' ? facts.findStakeholder(gap.stakeholderIds[0] ?? '') : undefined;
    if (dm === undefined) return [];
    return [
      {
        id: candidateId('refresh-stale-contact', [dm.id]),
        kind: 'refresh-stale-contact',
        title: messageRef('actions.refresh-stale-contact.title', { person: describeStakeholder(dm) }),
        stakeholderIds: [dm.id],
        moves: [{ kind: 'set-last-contact', stakeholderId: dm.id, lastContact: asOf }],
      },
    ];
  });
