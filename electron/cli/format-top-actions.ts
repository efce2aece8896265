// The readable report's "Top actions across the workspace": one aligned row per action, heaviest first.
import { alignColumns } from './align-columns';
import type { TopAction } from './top-actions';

export const TOP_ACTIONS_TITLE = 'Top actions across the workspace';

const HEADERS = ['Deal', 'Action', 'Blockers', 'Score', 'Weight'] as const;
const RIGHT_ALIGNED = [false, false, true, true, true];

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/**
 * The title, then the table: deal id (names repeat across accounts), the action's title, blockers
 * cleared, score gain and weight (one decimal). The weight includes the deal's amount factor, so
 * this is where a coach sees which deal's move matters most.
 */
export function formatTopActions(actions: readonly TopAction[]): string[] {
  if (actions.length === 0) return [`${TOP_ACTIONS_TITLE}: none`];
  const rows = actions.map((action) => [
    action.dealId,
    action.title,
    String(action.blockersCleared),
    signed(action.scoreGain),
    action.weight.toFixed(1),
  ]);
  return [TOP_ACTIONS_TITLE, ...alignColumns([[...HEADERS], ...rows], RIGHT_ALIGNED)];
}
