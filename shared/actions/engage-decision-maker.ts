// Candidates: meet a decision-maker so someone with authority is engaged (decision-maker-unengaged).
import { messageRef } from '../i18n/message-ref';
import type { CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder, engageMoves } from './candidate-helpers';

export const engageDecisionMaker: CandidateGenerator = ({ facts, asOf }) => {
  if (facts.decisionMakerEngaged) return [];
  return facts.decisionMakers.map((dm) => ({
    id: candidateId('engage-decision-maker', [dm.id]),
    kind: 'engage-decision-maker',
    title: messageRef('actions.engage-decision-maker.title', { person: describeStakeholder(dm) }),
    stakeholderIds: [dm.id],
    moves: engageMoves(dm, asOf),
  }));
};
