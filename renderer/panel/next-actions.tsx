// The "Next best actions" region: the top five ranked moves, each with a Try that opens it in what-if.
import type { NextAction } from '../../shared/actions';
import type { CriterionResult } from '../../shared/lenses';
import { lensScorecardOf } from '../scorecard/scorecard-of';
import { topNextActions } from '../state/what-if-ranking';
import { useAppState } from '../state/store-context';
import { NextActionTry } from './next-action-try';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function ActionGains({ action }: { action: NextAction }) {
  return (
    <span className="next-action-gains">
      {action.blockersCleared > 0 && (
        <span className="next-action-gain gain-blockers">Clears {plural(action.blockersCleared, 'blocker')}</span>
      )}
      {action.scoreGain !== 0 && (
        <span className={`next-action-gain${action.scoreGain > 0 ? ' gain-score' : ''}`}>
          Score {action.scoreGain > 0 ? '+' : ''}
          {action.scoreGain}
        </span>
      )}
    </span>
  );
}

/** Never "nothing to raise" beside a scorecard naming a weakest link: say why no move raises it. */
function nothingToSuggest(weakest: CriterionResult | null): string {
  if (weakest === null) return 'Nothing to suggest: no move would clear a gap, raise the score or raise a lens criterion.';
  return `No move Dealmap can try raises ${weakest.label} (${weakest.status}): it takes an answer from the customer. ${weakest.nextStep ?? ''}`.trim();
}

export function NextActions() {
  const deal = useAppState((s) => s.deal);
  const asOf = useAppState((s) => s.asOf);
  const settings = useAppState((s) => s.settings);
  if (!deal) return null;
  const actions = topNextActions(deal, asOf, settings);
  const weakest = lensScorecardOf(deal, asOf, settings).weakestLink;
  return (
    <section className="panel-section next-actions" aria-labelledby="next-actions-title">
      <h2 className="panel-title" id="next-actions-title">
        Next best actions
      </h2>
      {actions.length === 0 ? (
        <p className="muted small">{nothingToSuggest(weakest)}</p>
      ) : (
        <ol className="next-actions-list">
          {actions.map((action) => (
            <li key={action.id} className="next-action" data-action-id={action.id}>
              <span className="next-action-title">{action.title}</span>
              <span className="next-action-why">{action.why}</span>
              <ActionGains action={action} />
              <NextActionTry action={action} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
