// How far along a generated deal is; it tilts stances, interest and evidence so every gap code appears.
import type { ForecastCategory, InterestLevel, StakeholderStance } from '../../../shared/model/vocabulary';

/** early: mostly unknowns; developing: a mixed picture; advanced: engaged and well documented. */
export type DealMaturity = 'early' | 'developing' | 'advanced';

export const MATURITY_WEIGHTS: Readonly<Record<DealMaturity, number>> = { early: 22, developing: 43, advanced: 35 };

export const STANCE_WEIGHTS: Readonly<Record<DealMaturity, Readonly<Record<StakeholderStance, number>>>> = {
  early: { champion: 3, supporter: 12, neutral: 30, skeptic: 10, saboteur: 4, unknown: 41 },
  developing: { champion: 8, supporter: 25, neutral: 30, skeptic: 12, saboteur: 5, unknown: 20 },
  advanced: { champion: 15, supporter: 35, neutral: 30, skeptic: 10, saboteur: 4, unknown: 6 },
};

export const DECISION_MAKER_STANCE_WEIGHTS: Readonly<Record<DealMaturity, Readonly<Record<StakeholderStance, number>>>> = {
  early: { champion: 2, supporter: 10, neutral: 30, skeptic: 10, saboteur: 3, unknown: 45 },
  developing: { champion: 6, supporter: 30, neutral: 35, skeptic: 10, saboteur: 3, unknown: 16 },
  advanced: { champion: 20, supporter: 45, neutral: 25, skeptic: 5, saboteur: 1, unknown: 4 },
};

export const INTEREST_WEIGHTS: Readonly<Record<DealMaturity, Readonly<Record<InterestLevel, number>>>> = {
  early: { unknown: 50, none: 25, 'general-info': 20, 'discussing-benefits': 5, committed: 0 },
  developing: { unknown: 15, none: 15, 'general-info': 40, 'discussing-benefits': 25, committed: 5 },
  advanced: { unknown: 5, none: 5, 'general-info': 25, 'discussing-benefits': 40, committed: 25 },
};

/** Mean days since a decision-maker was last met; over 30 makes a stale decision-maker likely. */
export const CONTACT_AGE_DAYS: Readonly<Record<DealMaturity, number>> = { early: 45, developing: 22, advanced: 10 };

export const NEED_CONFIRMED: Readonly<Record<DealMaturity, number>> = { early: 0.35, developing: 0.7, advanced: 0.95 };

/** The account executive's forecast call by maturity: the advanced deals are mostly called commit, blocked or not. */
export const FORECAST_WEIGHTS: Readonly<Record<DealMaturity, Readonly<Record<ForecastCategory, number>>>> = {
  early: { commit: 3, 'best-case': 12, pipeline: 55, omitted: 30 },
  developing: { commit: 15, 'best-case': 40, pipeline: 40, omitted: 5 },
  advanced: { commit: 55, 'best-case': 35, pipeline: 10, omitted: 0 },
};
