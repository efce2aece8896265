// The changes a review finds in a deal and across the pipeline; every change says itself in one line.
import type { GapSeverity, QualificationStage } from '../engine/types';
import type { MessageRef } from '../i18n/message-ref';
import type { InterestLevel, RelationKind, StakeholderRole, StakeholderStance } from '../model/vocabulary';

interface ChangeText {
  /** One line as a message (`changes.*`), e.g. "Close date slipped from 2027-02-28 to 2027-04-30." */
  readonly line: MessageRef;
}

interface StakeholderRef {
  readonly stakeholderId: string;
  /** The name as of the later snapshot (the earlier one for a removed stakeholder). */
  readonly stakeholderName: string;
}

interface RelationRef {
  readonly relationId: string;
  readonly relationKind: RelationKind;
  readonly fromStakeholderId: string;
  readonly toStakeholderId: string;
}

export type DealChange = ChangeText &
  (
    | { readonly kind: 'deal-new' }
    | { readonly kind: 'deal-removed' }
    | ({ readonly kind: 'stakeholder-added' | 'stakeholder-removed' } & StakeholderRef)
    | ({ readonly kind: 'stance-changed'; readonly from: StakeholderStance; readonly to: StakeholderStance } & StakeholderRef)
    | ({ readonly kind: 'role-changed'; readonly from: StakeholderRole; readonly to: StakeholderRole } & StakeholderRef)
    | ({ readonly kind: 'interest-changed'; readonly from: InterestLevel; readonly to: InterestLevel } & StakeholderRef)
    | ({ readonly kind: 'influence-changed'; readonly from: number; readonly to: number } & StakeholderRef)
    | ({ readonly kind: 'relation-added' | 'relation-removed'; readonly strength: number | null } & RelationRef)
    | ({ readonly kind: 'relation-strength-changed'; readonly from: number | null; readonly to: number | null } & RelationRef)
    | {
        readonly kind: 'gap-opened' | 'gap-closed';
        readonly gapId: string;
        readonly code: string;
        readonly severity: GapSeverity;
        /** The gap's words as its snapshot recorded them: English, as review files keep them. */
        readonly message: string;
        /** The same words as a message, when the snapshot holds one that still says them (not in older files). */
        readonly messageRef?: MessageRef;
      }
    | {
        readonly kind: 'stage-moved';
        readonly from: QualificationStage;
        readonly to: QualificationStage;
        readonly direction: 'advanced' | 'fell-back';
      }
    | {
        readonly kind: 'amount-changed';
        readonly from: number | null;
        readonly to: number | null;
        readonly fromCurrency: string | null;
        readonly toCurrency: string | null;
      }
    | {
        readonly kind: 'close-date-changed';
        readonly from: string | null;
        readonly to: string | null;
        /** True when the date moved later or was removed: the deal slipped. */
        readonly slipped: boolean;
      }
  );

export type DealChangeKind = DealChange['kind'];

/** One deal's changes between a review and a later look at the workspace. */
export interface DealChanges {
  readonly dealId: string;
  /** The later name (the review's for a removed deal). */
  readonly dealName: string;
  readonly account: string;
  /** `new`: not in the review; `removed`: in the review, not in the workspace now. */
  readonly presence: 'new' | 'removed' | 'both';
  /** In the order of DEAL_CHANGE_ORDER, then by person, relation or gap. */
  readonly changes: readonly DealChange[];
  readonly stageBefore: QualificationStage | null;
  readonly stageAfter: QualificationStage | null;
  readonly blockersBefore: number | null;
  readonly blockersAfter: number | null;
  readonly advanced: boolean;
  readonly fellBack: boolean;
  readonly slipped: boolean;
  /** More blocker gaps than in the review (only for deals in both). */
  readonly gainedBlockers: boolean;
  /** Fewer blocker gaps than in the review (only for deals in both): the deal improved. */
  readonly clearedBlockers: boolean;
}

/** A deal named in the pipeline summary. */
export interface DealRef {
  readonly dealId: string;
  readonly dealName: string;
}

/** Each list sorted by deal name, then id. */
export interface PipelineChangeSummary {
  readonly advanced: readonly DealRef[];
  readonly fellBack: readonly DealRef[];
  readonly slipped: readonly DealRef[];
  readonly gainedBlockers: readonly DealRef[];
  readonly clearedBlockers: readonly DealRef[];
  readonly new: readonly DealRef[];
  readonly removed: readonly DealRef[];
  /** Deals with at least one change, new and removed ones included. */
  readonly changedCount: number;
  readonly unchangedCount: number;
}

export interface PipelineChanges {
  readonly summary: PipelineChangeSummary;
  /** Every deal of either side, changed or not, sorted by name then id. */
  readonly deals: readonly DealChanges[];
}
