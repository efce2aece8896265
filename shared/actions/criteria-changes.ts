// What a candidate's moves did to the lens: the criteria raised or lowered, and how that reads in a why.
import { CRITERION_STATUSES, type LensScorecard } from '../lenses/lens-types';
import type { CriterionChange } from './action-types';

/** Criteria whose status differs between two scorecards of the same lens, in lens order. */
export function compareCriteria(before: LensScorecard, after: LensScorecard): CriterionChange[] {
  return after.criteria.flatMap((criterion, index) => {
    const earlier = before.criteria[index];
    if (earlier === undefined || earlier.code !== criterion.code || earlier.status === criterion.status) return [];
    return [{ code: criterion.code, label: criterion.label, from: earlier.status, to: criterion.status }];
  });
}

/** "raises Budget from identified to validated", or "lowers ..." when the status went down. */
export function describeCriterionChange(change: CriterionChange): string {
  const raised = CRITERION_STATUSES.indexOf(change.to) > CRITERION_STATUSES.indexOf(change.from);
  return `${raised ? 'raises' : 'lowers'} ${change.label} from ${change.from} to ${change.to}`;
}
