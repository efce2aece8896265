// Candidates: answer a skeptical decision-maker's doubts until they turn neutral (decision-maker-skeptic).
import type { CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder } from './candidate-helpers';

export const answerSkeptic: CandidateGenerator = ({ facts }) =>
  facts.unansweredSkeptics.map(({ decisionMaker }) => ({
    id: candidateId('answer-skeptic', [decisionMaker.id]),
    kind: 'answer-skeptic',
    title: `Hear out ${describeStakeholder(decisionMaker)}'s doubts and answer them`,
    stakeholderIds: [decisionMaker.id],
    // Neutral, not supporter: answered doubts make a fair hearing, not yet a backer.
    moves: [{ kind: 'set-stance', stakeholderId: decisionMaker.id, stance: 'neutral' }],
  }));
