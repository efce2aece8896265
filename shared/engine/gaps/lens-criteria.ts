// Lens gaps: each criterion the deal's lens still finds missing is a warning with its own code.
import { CRITERION_MEANINGS, LENS_LABELS, lensGapCode } from '../../lenses/lens-meanings';
import type { LensScorecard } from '../../lenses/lens-types';
import { endSentence } from '../message-text';
import type { Gap, LensGapCode } from '../types';
import { makeGap } from './gap-rule';

/** One gap per missing criterion, carrying the criterion's evidence and next step. */
export function lensCriterionGaps(scorecard: LensScorecard): Gap[] {
  return scorecard.criteria.flatMap((criterion) => {
    if (criterion.status !== 'missing') return [];
    const meaning = CRITERION_MEANINGS[scorecard.lens][criterion.code]?.meaning ?? criterion.label;
    const evidence = criterion.evidence.map((item) => item.text);
    const known = evidence.length === 0 ? '' : ` What is known: ${evidence.map(endSentence).join(' ')}`;
    const gap = makeGap(lensGapCode(scorecard.lens, criterion.code) as LensGapCode, {
      message: `${criterion.label} is missing under ${LENS_LABELS[scorecard.lens]}: nothing confirms ${meaning} yet.${known}`,
      nextAction: criterion.nextStep ?? `Find out ${meaning}`,
      stakeholderIds: [...new Set(criterion.evidence.flatMap((item) => item.stakeholderIds))],
    });
    return [{ ...gap, lensCriterion: { lens: scorecard.lens, code: criterion.code, label: criterion.label, evidence } }];
  });
}
