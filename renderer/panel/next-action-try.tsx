// A next action's Try: opens it in what-if, first asking for the answer only a person can give (the need's words).
import { useId, useState, type FormEvent } from 'react';
import { localizePlaceholderMoves, type NextAction } from '../../shared/actions';
import { applyMoves, type WhatIfMove } from '../../shared/whatif';
import { useAppStore } from '../state/store-context';
import { startWhatIfThenFocusBanner } from '../whatif/what-if-focus';
import { MessageText } from '../i18n/message-text';
import { useRenderMessage, useT } from '../i18n/use-t';

/** The action's moves with the typed answer written where the action asks for it. */
function answeredMoves(action: NextAction, answer: string): WhatIfMove[] {
  const { asks } = action;
  if (asks === undefined) return [...action.moves];
  return action.moves.map((move, index) => (index === asks.move ? ({ ...move, [asks.field]: answer.trim() } as WhatIfMove) : move));
}

export function NextActionTry({ action }: { action: NextAction }) {
  const store = useAppStore();
  const t = useT();
  const say = useRenderMessage();
  const [asking, setAsking] = useState(false);
  const [answer, setAnswer] = useState('');
  const inputId = useId();
  // Placeholders go into the deal in the reader's language; a typed answer is kept as typed.
  const tryMoves = (moves: readonly WhatIfMove[]) =>
    startWhatIfThenFocusBanner(() => store.enterWhatIf((current) => applyMoves(current, localizePlaceholderMoves(moves, say))));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answer.trim() === '') return;
    tryMoves(answeredMoves(action, answer));
  };
  return (
    <>
      <button
        type="button"
        className="button button-small next-action-try"
        aria-label={t('panel.actions.try-named', { action: say(action.title) })}
        aria-expanded={action.asks === undefined ? undefined : asking}
        title={t('panel.actions.try-title')}
        onClick={() => (action.asks === undefined ? tryMoves(action.moves) : setAsking((open) => !open))}
      >
        {t('panel.actions.try')}
      </button>
      {action.asks !== undefined && asking ? (
        <form className="next-action-ask" onSubmit={submit}>
          <label htmlFor={inputId}>
            <MessageText message={action.asks.label} />
          </label>
          <input id={inputId} className="text-input" value={answer} autoFocus onChange={(event) => setAnswer(event.target.value)} />
          <button type="submit" className="button button-small" disabled={answer.trim() === ''}>
            {t('panel.actions.try-answer')}
          </button>
        </form>
      ) : null}
    </>
  );
}
