// Lens gaps: each criterion the deal's lens still finds missing is a warning with its own code.
import { messageRef } from '../../i18n/message-ref';
import { CRITERION_MEANINGS, lensGapCode } from '../../lenses/lens-meanings';
import { sentenceChain } from '../../lenses/lens-helpers';
import type { CriterionResult, LensScorecard } from '../../lenses/lens-types';
import type { LensId } from '../../model/vocabulary';
import type { Gap, LensGapCode } from '../types';
import { gapText, makeGap } from './gap-rule';

/** Each missing criterion's gap, built once per result: a what-if keeps the saved deal's verdicts (judgeLens), so their gaps too. */
const GAP_OF_CRITERION = new WeakMap<CriterionResult, { readonly lens: LensId; readonly gap: Gap }>();

/** One gap per missing criterion, carrying the criterion's evidence and next step. */
export function lensCriterionGaps(scorecard: LensScorecard): Gap[] {
  return scorecard.criteria.flatMap((criterion) => {
    if (criterion.status !== 'missing') return [];
    // A result is immutable and its gap reads nothing else but the lens, so the gap built for it stands.
    const built = GAP_OF_CRITERION.get(criterion);
    if (built?.lens === scorecard.lens) return [built.gap];
    const gap = criterionGap(scorecard.lens, criterion);
    GAP_OF_CRITERION.set(criterion, { lens: scorecard.lens, gap });
    return [gap];
  });
}

/** The gap of one missing criterion of the lens. */
function criterionGap(lens: LensId, criterion: CriterionResult): Gap {
  // A criterion the meanings table knows is named from the catalogs, so it reads in the reader's language.
  const known = CRITERION_MEANINGS[lens][criterion.code] !== undefined;
  const key = `lenses.${lens}.${criterion.code}`;
  const meaning = known ? messageRef(`${key}.meaning`) : criterion.label;
  const evidence = criterion.evidence.map((item) => item.message);
  const texts = { criterion: known ? messageRef(`${key}.label`) : criterion.label, lens: messageRef(`vocabulary.lens.${lens}`), meaning };
  const gap = makeGap(lensGapCode(lens, criterion.code) as LensGapCode, {
    message:
      evidence.length === 0
        ? gapText('lens.message', texts)
        : gapText('lens.message-known', { ...texts, evidence: sentenceChain(evidence) }),
    nextAction: criterion.nextStep === null ? gapText('lens.next', { meaning }) : gapText('lens.next-step', { step: criterion.nextStep }),
    stakeholderIds: [...new Set(criterion.evidence.flatMap((item) => item.stakeholderIds))],
  });
  return { ...gap, lensCriterion: { lens, code: criterion.code, label: criterion.label, evidence } };
}
