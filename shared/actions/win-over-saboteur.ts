// Candidates: turn a saboteur neutral (saboteur-unchecked, decision-maker-saboteur).
import { messageRef } from '../i18n/message-ref';
import type { Stakeholder } from '../model/deal-schema';
import type { ActionCandidate, CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder } from './candidate-helpers';

function winOver(saboteur: Stakeholder): ActionCandidate {
  return {
    id: candidateId('win-over-saboteur', [saboteur.id]),
    kind: 'win-over-saboteur',
    title: messageRef('actions.win-over-saboteur.title', { person: describeStakeholder(saboteur) }),
    stakeholderIds: [saboteur.id],
    // Neutral, not supporter: hearing out the objections rarely makes a fan.
    moves: [{ kind: 'set-stance', stakeholderId: saboteur.id, stance: 'neutral' }],
  };
}

export const winOverSaboteur: CandidateGenerator = ({ facts }) => [
  ...facts.saboteurDecisionMakers.map(winOver),
  ...facts.uncheckedSaboteurs.map(({ saboteur }) => winOver(saboteur)),
];
