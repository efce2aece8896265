// The messages between the page and the ranking worker: a deal's next best actions, ranked off the main thread.
import type { NextAction } from '../../shared/actions';
import type { Deal } from '../../shared/model/deal-schema';
import type { WorkspaceSettings } from '../../shared/settings/workspace-settings';

export interface RankingRequest {
  readonly id: number;
  readonly deal: Deal;
  readonly asOf: string;
  readonly settings: WorkspaceSettings;
}

export type RankingAnswer = { readonly id: number; readonly actions: readonly NextAction[] } | { readonly id: number; readonly error: string };
