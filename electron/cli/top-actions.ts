// The report's "Top actions across the workspace": the heaviest actions of all open deals, compared by weight.
import type { NextAction } from '../../shared/actions';
import { dealmapIntl, renderedMessage, type Language, type RenderedMessage } from '../../shared/i18n';

/** How many actions the cross-deal list holds. */
export const TOP_ACTIONS = 10;

/** One line of `"topActions"` in `--json`. */
export interface TopAction {
  readonly dealId: string;
  readonly id: string;
  /** The action's message key and values, its text in the report's language beside them. */
  readonly title: RenderedMessage;
  readonly blockersCleared: number;
  readonly scoreGain: number;
  /** rankNextActions' weight, amount factor included: the only place weights of different deals meet. */
  readonly weight: number;
}

/**
 * The `limit` heaviest actions of the given deals (pass only open deals' actions), heaviest first,
 * ties by deal id then action id, so the list is the same on every run. The weight's amount factor
 * is logarithmic and currency-blind (see amountFactor): amounts in different currencies are
 * compared as plain numbers, a known simplification.
 */
export function topActions(
  deals: readonly { readonly dealId: string; readonly ranked: readonly NextAction[] }[],
  limit = TOP_ACTIONS,
  language: Language = 'en',
): TopAction[] {
  const all = deals.flatMap(({ dealId, ranked }) =>
    ranked.map(({ id, title, blockersCleared, scoreGain, weight }) => ({ dealId, id, title, blockersCleared, scoreGain, weight })),
  );
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const intl = dealmapIntl(language);
  // Only the kept few are rendered: a deal may rank dozens of actions.
  return all
    .sort((a, b) => b.weight - a.weight || byText(a.dealId, b.dealId) || byText(a.id, b.id))
    .slice(0, limit)
    .map((action) => ({ ...action, title: renderedMessage(intl, action.title) }));
}
