// Small helpers the candidate generators share: naming people and the moves of making contact.
import type { Stakeholder } from '../model/deal-schema';
import type { WhatIfMove } from '../whatif/what-if-move';

export { describeStakeholder, mostInfluential, warmestContact } from '../engine/stakeholder-names';

/** `kind:id+id`: one candidate per kind and set of people. */
export function candidateId(kind: string, stakeholderIds: readonly string[] = []): string {
  return stakeholderIds.length === 0 ? kind : `${kind}:${stakeholderIds.join('+')}`;
}

/** A meeting today that raises the person to general-info interest, if they are below it. */
export function engageMoves(person: Stakeholder, asOf: string): WhatIfMove[] {
  const moves: WhatIfMove[] = [{ kind: 'set-last-contact', stakeholderId: person.id, lastContact: asOf }];
  if (person.interest === 'unknown' || person.interest === 'none') {
    moves.unshift({ kind: 'set-interest', stakeholderId: person.id, interest: 'general-info' });
  }
  return moves;
}
