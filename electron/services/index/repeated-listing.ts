// The last listing answered again when a new one found every file's summary and problem as it was: the host can reuse its serialised answer.
import type { WorkspaceListing } from '../../../shared/api/contract';
import type { Outcome } from './qualify-deal-text';

/** What a listing's outcomes hold, in the folder's order: the index's own summary and problem objects. */
function heldBy(outcome: Outcome | undefined): object | null {
  if (outcome === null || outcome === undefined) return null;
  return 'summary' in outcome ? outcome.summary : outcome.problem;
}

export interface RepeatedListing {
  /** The last listing if `outcomes` (as of `asOf`) hold the very objects it was made of; else null. */
  same(asOf: string, outcomes: readonly (Outcome | undefined)[]): WorkspaceListing | null;
  remember(listing: WorkspaceListing, outcomes: readonly (Outcome | undefined)[]): void;
}

export function repeatedListing(): RepeatedListing {
  let last: { readonly listing: WorkspaceListing; readonly held: readonly (object | null)[] } | null = null;
  return {
    same: (asOf, outcomes) => {
      if (last === null || last.listing.asOf !== asOf || last.held.length !== outcomes.length) return null;
      const held = last.held;
      // The index replaces an entry's summary whenever it re-reads or re-qualifies a file, so the same object means the same answer.
      return outcomes.every((outcome, at) => heldBy(outcome) === held[at]) ? last.listing : null;
    },
    remember: (listing, outcomes) => {
      last = { listing, held: outcomes.map(heldBy) };
    },
  };
}
