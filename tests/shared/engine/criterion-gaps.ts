// Which blocker and warning codes mean a score criterion is unmet: the consistency tests' expectation.
import { GAP_CATALOG } from '../../../shared/engine/gap-catalog';
import type { ScoreCriterionId } from '../../../shared/engine/score';
import { FORECAST_GAP_CODES, GAP_CODES, LENS_GAP_CODES, type GapCode } from '../../../shared/engine/types';

/** A criterion is unmet whenever one of its codes stands, and (but for the exceptions) only then. */
export const CRITERION_GAPS: Readonly<Record<ScoreCriterionId, readonly GapCode[]>> = {
  'need-confirmed': ['need-unconfirmed'],
  'interest-shown': ['no-interest'],
  'interest-deep': ['no-interest', 'interest-shallow'],
  'decision-maker-present': ['no-decision-maker'],
  'decision-maker-engaged': ['no-decision-maker', 'decision-maker-unengaged'],
  'ally-reaches-decision-maker': ['no-decision-maker', 'no-ally-path'],
  'saboteurs-checked': ['no-decision-maker', 'saboteur-unchecked', 'decision-maker-saboteur'],
  'skeptics-answered': ['no-decision-maker', 'decision-maker-skeptic'],
  'multi-threaded': ['single-threaded'],
  'decision-makers-known': ['no-decision-maker', 'decision-maker-stance-unknown'],
  'decision-makers-in-touch': ['no-decision-maker', 'stale-decision-maker'],
  'benefit-named': ['no-benefits'],
  'savings-given': ['no-savings-case'],
};


const NOT_SCORED: readonly string[] = [...LENS_GAP_CODES, ...FORECAST_GAP_CODES];

/**
 * The engine's own codes that weaken or block an open deal's close (info gaps do not cost points);
 * the lens gaps cost their points apart from the criteria (tests/shared/lenses/lens-gaps.test.ts),
 * and the forecast gaps (close-date-passed, commit-at-risk, issue 15) judge the account executive's
 * call and date, not the buying center, so they cost none (docs/verdict-rules.md).
 */
export const BLOCKER_AND_WARNING_CODES: readonly GapCode[] = GAP_CODES.filter(
  (code) => GAP_CATALOG[code].severity !== 'info' && !NOT_SCORED.includes(code),
);

/** Whether a gap weakens the score: a blocker or warning that is not a forecast gap. */
export function weakensScore(gap: { readonly code: GapCode; readonly severity: string }): boolean {
  return gap.severity !== 'info' && !(FORECAST_GAP_CODES as readonly string[]).includes(gap.code);
}
