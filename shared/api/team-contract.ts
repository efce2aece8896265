// The team workspace part of the API contract: sync status, sync now, a deal's history from git.
import type { MessageRef } from '../i18n/message-ref';
import { z } from 'zod';
import { dealIdSchema, type Deal } from '../model/deal-schema';

/** in-step: nothing to send or fetch; to-send: local changes not yet on the remote; offline: the remote cannot be reached; attention: someone must act. */
export const TEAM_STATES = ['local', 'in-step', 'to-send', 'offline', 'attention'] as const;
export type TeamState = (typeof TEAM_STATES)[number];

export interface TeamStatus {
  /** `local`: the workspace is a plain folder, not a team workspace. */
  readonly state: TeamState;
  /** Commits and changed files not yet on the remote. */
  readonly toSend: number;
  /** Deal files holding a clash nobody has settled (`deals/<id>.json`). */
  readonly clashFiles: readonly string[];
  /** Sentences for the user: no write access, a damaged file from the team, an edit kept after a delete. */
  readonly problems: readonly string[];
  /** The same problems as messages, in the same order, for the reader's language (`problems` stays English for logs). */
  readonly problemMessages: readonly MessageRef[];
  /** The remote's address without any credentials. */
  readonly remote: string;
  /** When the last sync of this session finished (ISO), null before it. */
  readonly lastSync: string | null;
}

/** One change of a deal file in the history: who, when, and what changed in words. */
export interface DealHistoryEntry {
  readonly commit: string;
  readonly by: string;
  readonly at: string;
  readonly changes: readonly MessageRef[];
}

export interface DealHistory {
  readonly id: string;
  /** Newest first. */
  readonly entries: readonly DealHistoryEntry[];
}

export const teamInputSchemas = {
  /** The team workspace's sync state; `local` for a plain folder. */
  teamStatus: z.object({}).strict(),
  /** Commits what changed, fetches, merges per field and sends; answers the status after it. */
  syncTeam: z.object({}).strict(),
  /** Who changed the deal, when and what, from the git history (newest first, at most `limit`). */
  dealHistory: z.object({ id: dealIdSchema, limit: z.number().int().min(1).max(1000).optional() }).strict(),
  /**
   * Shares the open plain workspace through a team repository (an empty one, or one the team uses
   * already: both sets of deals are merged). The token, for HTTPS, is kept in the clone's git config.
   */
  shareWorkspace: z
    .object({
      remote: z.string().trim().min(1, { error: 'expected the repository address' }).max(2000).refine((remote) => !remote.startsWith('-'), { error: 'expected a repository address' }),
      name: z.string().trim().min(1, { error: 'expected your name' }).max(200),
      email: z.string().trim().min(3, { error: 'expected your e-mail' }).max(200),
      token: z.string().min(1).max(2000).optional(),
      tokenUser: z.string().min(1).max(200).optional(),
    })
    .strict(),
  /** The deal as it was at the end of `date` (a review date), from the git history. */
  dealAsOf: z.object({ id: dealIdSchema, date: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }) }).strict(),
} as const;

export interface TeamOutputs {
  teamStatus: TeamStatus;
  syncTeam: TeamStatus;
  dealHistory: DealHistory;
  dealAsOf: DealAsOf;
  shareWorkspace: TeamStatus;
}

/** A deal at a past date: null when it did not exist yet (or was deleted), with the commit it comes from. */
export interface DealAsOf {
  readonly id: string;
  readonly date: string;
  readonly deal: Deal | null;
  /** The commit, its author and time; null when git has no version on or before the date. */
  readonly commit: string | null;
  readonly by: string | null;
  readonly at: string | null;
  /** What changed from then to now, in words ([] when nothing did). */
  readonly changesSince: readonly MessageRef[];
}
