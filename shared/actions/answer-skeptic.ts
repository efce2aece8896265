// Candidates: answer a skeptical decision-maker's doubts until they turn neutral (decision-maker-skeptic).
import { messageRef } from '../i18n/message-ref';
import type { CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder } from './candidate-helpers';

export const answerSkeptic: CandidateGenerator = ({ facts }) =>
  facts.unansweredSkeptics.map(({ decisionMaker }) => ({
    id: candidateId('answer-skeptic', [decisionMaker.id]),
    kind: 'answer-skeptic',
    title: messageRef('actions.answer-skeptic.title', { person: describeStakeholder(decisionMaker) }),
    stakeholderIds: [decisionMaker.id],
    // Neutral, not supporter: answered doubts make a fair hearing, not yet a backer.
    moves: [{ kind: 'set-stance', stakeholderId: decisionMaker.id, stance: 'neutral' }],
  }));
