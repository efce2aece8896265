// Shortcuts for lens tests: one criterion's result for a built deal at the builders' review date.
import type { QualifyOptions } from '../../../shared/engine/types';
import { scoreLens, type CriterionResult } from '../../../shared/lenses';
import type { Deal, LensId } from '../../../shared/model/deal-schema';
import { TEST_AS_OF } from '../../support/deal-builder';

export function criterionOf(
  deal: Deal,
  lens: LensId,
  code: string,
  options: QualifyOptions = { asOf: TEST_AS_OF },
): CriterionResult {
  const result = scoreLens(deal, lens, options).criteria.find((criterion) => criterion.code === code);
  if (result === undefined) throw new Error(`lens ${lens} has no criterion ${code}`);
  return result;
}

/** Every evidence text of a result, in order, for readable assertions. */
export function evidenceTexts(result: CriterionResult): string[] {
  return result.evidence.map((item) => item.text);
}
