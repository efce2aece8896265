// Candidates: ask the strongest ally to influence a decision-maker (no-ally-path, and the stage rule).
import { messageRef } from '../i18n/message-ref';
import { isAlly } from '../model/vocabulary';
import type { CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder, mostInfluential } from './candidate-helpers';

/** A new influence is assumed to be of medium strength until the account executive knows better. */
export const NEW_INFLUENCE_STRENGTH = 2;

export const buildAllyPath: CandidateGenerator = ({ facts }) => {
  if (facts.allyPathToDecisionMaker) return [];
  return facts.decisionMakers.flatMap((dm) => {
    const ally = mostInfluential(facts.stakeholders.filter((person) => person.id !== dm.id && isAlly(person.stance)));
    if (ally === undefined) return [];
    return [
      {
        id: candidateId('build-ally-path', [ally.id, dm.id]),
        kind: 'build-ally-path',
        title: messageRef('actions.build-ally-path.title', { ally: describeStakeholder(ally), decisionMaker: describeStakeholder(dm) }),
        stakeholderIds: [ally.id, dm.id],
        moves: [{ kind: 'add-influence', from: ally.id, to: dm.id, strength: NEW_INFLUENCE_STRENGTH }],
      },
    ];
  });
};
