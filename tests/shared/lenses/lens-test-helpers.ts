// Shortcuts for lens tests: one criterion's result for a built deal at the builders' review date, read in English.
import type { QualifyOptions } from '../../../shared/engine/types';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { scoreLens, type CriterionResult } from '../../../shared/lenses';
import type { Deal, LensId } from '../../../shared/model/deal-schema';
import { TEST_AS_OF } from '../../support/deal-builder';

const ENGLISH = dealmapIntl('en');

/** A criterion as an English reader sees it: evidence and next step rendered from their messages. */
export interface CriterionInEnglish extends Omit<CriterionResult, 'evidence' | 'nextStep'> {
  readonly evidence: readonly { readonly text: string; readonly stakeholderIds: readonly string[] }[];
  readonly nextStep: string | null;
}

export function criterionInEnglish(result: CriterionResult): CriterionInEnglish {
  return {
    ...result,
    evidence: result.evidence.map(({ message, stakeholderIds }) => ({ text: renderMessage(ENGLISH, message), stakeholderIds })),
    nextStep: result.nextStep === null ? null : renderMessage(ENGLISH, result.nextStep),
  };
}

export function criterionOf(
  deal: Deal,
  lens: LensId,
  code: string,
  options: QualifyOptions = { asOf: TEST_AS_OF },
): CriterionInEnglish {
  const result = scoreLens(deal, lens, options).criteria.find((criterion) => criterion.code === code);
  if (result === undefined) throw new Error(`lens ${lens} has no criterion ${code}`);
  return criterionInEnglish(result);
}

/** Every evidence text of a result, in order, for readable assertions. */
export function evidenceTexts(result: CriterionResult | CriterionInEnglish): string[] {
  return result.evidence.map((item) => ('text' in item ? item.text : renderMessage(ENGLISH, item.message)));
}
