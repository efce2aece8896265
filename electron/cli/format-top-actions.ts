// The readable report's "Top actions across the workspace": one aligned row per action, heaviest first.
import { dealmapIntl, messageRef, renderMessage, type DealmapIntl } from '../../shared/i18n';
import { alignColumns } from './align-columns';
import type { TopAction } from './top-actions';

const ENGLISH = dealmapIntl('en');

export const TOP_ACTIONS_TITLE = renderMessage(ENGLISH, messageRef('cli.top-actions.title'));

const HEADERS = ['deal', 'action', 'blockers', 'score', 'weight'] as const;
const RIGHT_ALIGNED = [false, false, true, true, true];

function signed(intl: DealmapIntl, value: number): string {
  return `${value > 0 ? '+' : ''}${intl.formatNumber(value)}`;
}

/**
 * The title, then the table: deal id (names repeat across accounts), the action's title, blockers
 * cleared, score gain and weight (one decimal). The weight includes the deal's amount factor, so
 * this is where a coach sees which deal's move matters most.
 */
export function formatTopActions(actions: readonly TopAction[], intl: DealmapIntl = ENGLISH): string[] {
  if (actions.length === 0) return [renderMessage(intl, messageRef('cli.top-actions.none'))];
  const rows = actions.map((action) => [
    action.dealId,
    action.title.text,
    intl.formatNumber(action.blockersCleared),
    signed(intl, action.scoreGain),
    intl.formatNumber(action.weight, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }),
  ]);
  const headers = HEADERS.map((header) => renderMessage(intl, messageRef(`cli.top-actions.header.${header}`)));
  return [renderMessage(intl, messageRef('cli.top-actions.title')), ...alignColumns([headers, ...rows], RIGHT_ALIGNED)];
}
