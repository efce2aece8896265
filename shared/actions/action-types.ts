// What a next best action is: a candidate's moves, and what running them through what-if showed.
import type { DealFacts } from '../engine/deal-facts';
import type { Qualification } from '../engine/types';
import type { MessageRef } from '../i18n/message-ref';
import type { CriterionStatus } from '../lenses/lens-types';
import type { Deal } from '../model/deal-schema';
import type { LensId } from '../model/vocabulary';
import type { WhatIfMove } from '../whatif/what-if-move';

/** The built-in kinds; a lens may contribute candidates of its own kinds. */
export const ACTION_KINDS = [
  'confirm-need',
  'name-decision-maker',
  'engage-decision-maker',
  'build-ally-path',
  'win-over-saboteur',
  'outweigh-saboteur',
  'answer-skeptic',
  'deepen-interest',
  'open-second-thread',
  'name-benefit',
  'quantify-savings',
  'refresh-stale-contact',
  'agree-close-date',
  'ask-referral',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** A move worth trying, before it is scored. */
export interface ActionCandidate {
  /** Unique among the candidates of one deal; stable, so a ranking can be compared over time. */
  readonly id: string;
  /** An ActionKind, or a lens's own kind. */
  readonly kind: string;
  /** Imperative, as a message (`actions.*`): "Win over Lars Ek (IT manager)". */
  readonly title: MessageRef;
  readonly stakeholderIds: readonly string[];
  readonly moves: readonly WhatIfMove[];
  /**
   * An answer only a person can give before the moves are tried: Try asks for the text and writes
   * it into `moves[move][field]` (Confirm the need asks what the need is); absent when none.
   */
  readonly asks?: { readonly move: number; readonly field: 'summary'; readonly label: MessageRef };
}

/** A lens criterion whose status a candidate's moves changed, as the lens scores the scratch deal. */
export interface CriterionChange {
  /** The lens the criterion belongs to: its name is the message `lenses.<lens>.<code>.label`. */
  readonly lens: LensId;
  readonly code: string;
  readonly label: string;
  readonly from: CriterionStatus;
  readonly to: CriterionStatus;
}

/** A candidate with what what-if says it achieves. */
export interface NextAction extends ActionCandidate {
  /** "Clears saboteur-unchecked; score +12", as a message (`actions.why.*`). */
  readonly why: MessageRef;
  /** Blockers before minus blockers after, at least 0. */
  readonly blockersCleared: number;
  /** Score after minus score before (may be negative when a move also opens gaps). */
  readonly scoreGain: number;
  /** The lens's progress gained, when rankNextActions was given `lensScorecard` or `lensProgress`; else 0. */
  readonly criteriaGain: number;
  /** The lens criteria the moves raise or lower, in lens order; [] without `lensScorecard`. */
  readonly criteriaChanged: readonly CriterionChange[];
  /** Placeholders the moves write, "to be confirmed" until a person replaces them. */
  readonly placeholders: number;
  /** What the ranking sorts by (docs/engine-rules.md "Next best actions"). */
  readonly weight: number;
}

/** What the candidate generators read: the deal, its facts and its qualification as saved. */
export interface CandidateContext {
  readonly deal: Deal;
  readonly facts: DealFacts;
  readonly qualification: Qualification;
  /** The review date, `YYYY-MM-DD`: what a contact made "today" is dated. */
  readonly asOf: string;
  /** Stakeholders at general-info interest or higher that end single-threading. */
  readonly singleThreadMinEngaged: number;
}

export type CandidateGenerator = (context: CandidateContext) => readonly ActionCandidate[];
