// Which candidate generators run: all of them for an open deal, only referrals once won.
import type { DealStatus } from '../model/vocabulary';
import type { CandidateGenerator } from './action-types';
import { agreeCloseDate } from './agree-close-date';
import { answerSkeptic } from './answer-skeptic';
import { askReferral } from './ask-referral';
import { buildAllyPath } from './build-ally-path';
import { confirmNeed } from './confirm-need';
import { deepenInterest } from './deepen-interest';
import { engageDecisionMaker } from './engage-decision-maker';
import { nameDecisionMaker } from './name-decision-maker';
import { openSecondThread } from './open-second-thread';
import { outweighSaboteur } from './outweigh-saboteur';
import { refreshStaleContact } from './refresh-stale-contact';
import { nameBenefit, quantifySavings } from './value-case-actions';
import { winOverSaboteur } from './win-over-saboteur';

const OPEN_DEAL_GENERATORS: readonly CandidateGenerator[] = [
  confirmNeed,
  nameDecisionMaker,
  engageDecisionMaker,
  buildAllyPath,
  winOverSaboteur,
  outweighSaboteur,
  answerSkeptic,
  deepenInterest,
  openSecondThread,
  nameBenefit,
  quantifySavings,
  refreshStaleContact,
  agreeCloseDate,
];

/** A lost deal has nothing left to win. */
export function candidateGeneratorsFor(status: DealStatus): readonly CandidateGenerator[] {
  if (status === 'open') return OPEN_DEAL_GENERATORS;
  if (status === 'won') return [askReferral];
  return [];
}
