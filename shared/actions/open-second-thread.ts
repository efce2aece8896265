// Candidate: engage more people until the deal no longer rests on one (single-threaded, no-interest).
import { messageRef, type MessageRef } from '../i18n/message-ref';
import { uniqueStakeholderId } from '../edits/item-ids';
import type { Stakeholder } from '../model/deal-schema';
import { hasShownInterest } from '../model/vocabulary';
import type { WhatIfMove } from '../whatif/what-if-move';
import type { CandidateGenerator } from './action-types';
import { candidateId, describeStakeholder, engageMoves, warmestContact } from './candidate-helpers';

/** The placeholder's name when nobody else is on the map yet. */
export const NEW_CONTACT_PLACEHOLDER = 'New contact (to be named)';

/** The most influential first, then deal order. */
function byInfluence(people: readonly Stakeholder[]): Stakeholder[] {
  return people
    .map((person, index) => ({ person, index }))
    .sort((a, b) => b.person.influence - a.person.influence || a.index - b.index)
    .map(({ person }) => person);
}

export const openSecondThread: CandidateGenerator = ({ deal, facts, asOf, singleThreadMinEngaged }) => {
  const missing = singleThreadMinEngaged - facts.engaged.length;
  if (missing <= 0) return [];
  const chosen = byInfluence(facts.stakeholders.filter((person) => !hasShownInterest(person.interest))).slice(0, missing);
  const moves: WhatIfMove[] = chosen.flatMap((person) => engageMoves(person, asOf));
  const taken = deal.stakeholders.map((person) => person.id);
  const names: (string | MessageRef)[] = chosen.map(describeStakeholder);
  const newcomers = missing - chosen.length;
  if (newcomers > 0) names.push(messageRef('actions.open-second-thread.newcomers', { count: newcomers }));
  for (let n = 0; n < newcomers; n += 1) {
    const id = uniqueStakeholderId('new-contact', taken);
    taken.push(id);
    moves.push({
      kind: 'add-stakeholder',
      stakeholder: { id, name: NEW_CONTACT_PLACEHOLDER, role: 'unknown', stance: 'unknown', influence: 3, interest: 'general-info', lastContact: asOf },
      placeholders: ['name'],
    });
  }
  const contact = warmestContact(facts.engaged);
  return [
    {
      id: candidateId('open-second-thread', chosen.map((person) => person.id)),
      kind: 'open-second-thread',
      title:
        contact === undefined
          ? messageRef('actions.open-second-thread.title', { people: names })
          : messageRef('actions.open-second-thread.title-introduced', { contact: contact.name, people: names }),
      stakeholderIds: [...(contact === undefined ? [] : [contact.id]), ...chosen.map((person) => person.id)],
      moves,
    },
  ];
};
