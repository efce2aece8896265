// Lens gaps: each criterion the deal's lens still finds missing is a warning with its own code.
import { messageRef } from '../../i18n/message-ref';
import { CRITERION_MEANINGS, lensGapCode } from '../../lenses/lens-meanings';
import { sentenceChain } from '../../lenses/lens-helpers';
import type { LensScorecard } from '../../lenses/lens-types';
import type { Gap, LensGapCode } from '../types';
import { gapText, makeGap } from './gap-rule';

/** One gap per missing criterion, carrying the criterion's evidence and next step. */
export function lensCriterionGaps(scorecard: LensScorecard): Gap[] {
  return scorecard.criteria.flatMap((criterion) => {
    if (criterion.status !== 'missing') return [];
    // A criterion the meanings table knows is named from the catalogs, so it reads in the reader's language.
    const known = CRITERION_MEANINGS[scorecard.lens][criterion.code] !== undefined;
    const key = `lenses.${scorecard.lens}.${criterion.code}`;
    const meaning = known ? messageRef(`${key}.meaning`) : criterion.label;
    const evidence = criterion.evidence.map((item) => item.message);
    const texts = { criterion: known ? messageRef(`${key}.label`) : criterion.label, lens: messageRef(`vocabulary.lens.${scorecard.lens}`), meaning };
    const gap = makeGap(lensGapCode(scorecard.lens, criterion.code) as LensGapCode, {
      message:
        evidence.length === 0
          ? gapText('lens.message', texts)
          : gapText('lens.message-known', { ...texts, evidence: sentenceChain(evidence) }),
      nextAction: criterion.nextStep === null ? gapText('lens.next', { meaning }) : gapText('lens.next-step', { step: criterion.nextStep }),
      stakeholderIds: [...new Set(criterion.evidence.flatMap((item) => item.stakeholderIds))],
    });
    return [{ ...gap, lensCriterion: { lens: scorecard.lens, code: criterion.code, label: criterion.label, evidence } }];
  });
}
