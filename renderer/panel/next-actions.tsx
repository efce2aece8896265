// The "Next best actions" region: the top five ranked moves, each with a Try that opens it in what-if.
import type { NextAction } from '../../shared/actions';
import { criterionLabelRef, type CriterionResult } from '../../shared/lenses';
import type { Deal } from '../../shared/model/deal-schema';
import type { LensId } from '../../shared/model/vocabulary';
import { lensScorecardOf } from '../scorecard/scorecard-of';
import { useAppState } from '../state/store-context';
import { NextActionTry } from './next-action-try';
import { MessageText } from '../i18n/message-text';
import { useRenderMessage, useT, type Translate } from '../i18n/use-t';
import { useNextActions } from './use-next-actions';

function ActionGains({ action }: { action: NextAction }) {
  const t = useT();
  return (
    <span className="next-action-gains">
      {action.blockersCleared > 0 && (
        <span className="next-action-gain gain-blockers">{t('panel.actions.clears', { count: action.blockersCleared })}</span>
      )}
      {action.scoreGain !== 0 && (
        <span className={`next-action-gain${action.scoreGain > 0 ? ' gain-score' : ''}`}>
          {t('panel.actions.score', { gain: `${action.scoreGain > 0 ? '+' : ''}${action.scoreGain}` })}
        </span>
      )}
    </span>
  );
}

/** Never "nothing to raise" beside a scorecard naming a weakest link: say why no move raises it. */
function nothingToSuggest(t: Translate, render: ReturnType<typeof useRenderMessage>, lens: LensId, weakest: CriterionResult | null): string {
  if (weakest === null) return t('panel.actions.nothing');
  const criterion = render(criterionLabelRef(lens, weakest));
  return t('panel.actions.nothing-raises', { criterion, status: weakest.status, next: weakest.nextStep === null ? '' : render(weakest.nextStep) }).trim();
}

export function NextActions() {
  const deal = useAppState((s) => s.deal);
  return deal ? <RankedActions deal={deal} /> : null;
}

function RankedActions({ deal }: { deal: Deal }) {
  const asOf = useAppState((s) => s.asOf);
  const settings = useAppState((s) => s.settings);
  const t = useT();
  const render = useRenderMessage();
  // A newly opened deal's moves are ranked in the ranking worker while the map is drawn.
  const actions = useNextActions(deal, asOf, settings);
  if (actions === null) {
    return (
      <section className="panel-section next-actions" aria-labelledby="next-actions-title" aria-busy="true">
        <h2 className="panel-title" id="next-actions-title">
          {t('panel.actions.title')}
        </h2>
      </section>
    );
  }
  const scorecard = lensScorecardOf(deal, asOf, settings);
  return (
    <section className="panel-section next-actions" aria-labelledby="next-actions-title">
      <h2 className="panel-title" id="next-actions-title">
        {t('panel.actions.title')}
      </h2>
      {actions.length === 0 ? (
        <p className="muted small">{nothingToSuggest(t, render, scorecard.lens, scorecard.weakestLink)}</p>
      ) : (
        <ol className="next-actions-list">
          {actions.map((action) => (
            <li key={action.id} className="next-action" data-action-id={action.id}>
              <span className="next-action-title">
                <MessageText message={action.title} />
              </span>
              <span className="next-action-why">
                <MessageText message={action.why} />
              </span>
              <ActionGains action={action} />
              <NextActionTry action={action} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
