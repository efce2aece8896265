// What a candidate's moves did to the lens: the criteria raised or lowered, and how that reads in a why.
import { messageRef, type MessageRef } from '../i18n/message-ref';
import { CRITERION_STATUSES, type LensScorecard } from '../lenses/lens-types';
import type { CriterionChange } from './action-types';

/** Where a clause stands in a why: the first one opens the sentence. */
export type ClausePosition = 'first' | 'rest';

/** Criteria whose status differs between two scorecards of the same lens, in lens order. */
export function compareCriteria(before: LensScorecard, after: LensScorecard): CriterionChange[] {
  return after.criteria.flatMap((criterion, index) => {
    const earlier = before.criteria[index];
    if (earlier === undefined || earlier.code !== criterion.code || earlier.status === criterion.status) return [];
    return [{ lens: after.lens, code: criterion.code, label: criterion.label, from: earlier.status, to: criterion.status }];
  });
}

/** "raises Budget from identified to validated", or "lowers ..." when the status went down; "Raises ..." first. */
export function describeCriterionChange(change: CriterionChange, position: ClausePosition = 'first'): MessageRef {
  const raised = CRITERION_STATUSES.indexOf(change.to) > CRITERION_STATUSES.indexOf(change.from);
  return messageRef('actions.why.criterion', {
    position,
    raised: raised ? 'yes' : 'no',
    criterion: messageRef(`lenses.${change.lens}.${change.code}.label`),
    from: change.from,
    to: change.to,
  });
}
