// Which gap rules apply to a deal: all of them while it is open, only the referral rule once won.
import type { DealStatus } from '../../model/vocabulary';
import { noAllyPath } from './ally-path';
import { closeDatePassed } from './close-date-passed';
import {
  decisionMakerSaboteur,
  decisionMakerStanceUnknown,
  decisionMakerUnengaged,
  noDecisionMaker,
} from './decision-makers';
import type { GapRule } from './gap-rule';
import { interestShallow, noInterest } from './interest';
import { needUnconfirmed } from './need';
import { referralNotAsked } from './referral';
import { saboteurUnchecked } from './saboteur-unchecked';
import { decisionMakerSkeptic } from './skeptic-decision-maker';
import { singleThreaded } from './single-threaded';
import { staleDecisionMaker } from './stale-decision-maker';
import { noBenefits, noSavingsCase } from './value-case';

const OPEN_DEAL_RULES: readonly GapRule[] = [
  needUnconfirmed,
  noInterest,
  interestShallow,
  noDecisionMaker,
  decisionMakerStanceUnknown,
  decisionMakerSaboteur,
  decisionMakerSkeptic,
  decisionMakerUnengaged,
  noAllyPath,
  saboteurUnchecked,
  singleThreaded,
  noBenefits,
  noSavingsCase,
  staleDecisionMaker,
  closeDatePassed,
];

const WON_DEAL_RULES: readonly GapRule[] = [referralNotAsked];

/** A lost deal has nothing left to close, so no rule applies. */
export function gapRulesFor(status: DealStatus): readonly GapRule[] {
  if (status === 'open') return OPEN_DEAL_RULES;
  if (status === 'won') return WON_DEAL_RULES;
  return [];
}
