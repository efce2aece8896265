// Where the coaching's autosave stands, and the way out of a refused save: retry, reload, keep mine or use the saved one.
import type { CoachingSaveStatus } from '../state/review-state';

export function coachingStatusText(status: CoachingSaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return 'Coaching saved';
    case 'saving':
      return 'Saving coaching…';
    case 'invalid':
      return `Coaching not saved: ${status.message}`;
    case 'failed':
      return 'Coaching not saved';
    case 'conflict':
      return 'Coaching not saved: the review changed elsewhere';
    case 'diverged':
      return 'Coaching not saved: changed in two places';
  }
}

interface CoachingSaveStatusProps {
  readonly status: CoachingSaveStatus;
}

/** The one-line status beside the title; read out politely, never as the page's main status. */
export function CoachingStatusLine({ status }: CoachingSaveStatusProps) {
  return (
    <span className={`coaching-status coaching-${status.kind}`} aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      {coachingStatusText(status)}
    </span>
  );
}

interface CoachingProblemProps extends CoachingSaveStatusProps {
  readonly onRetry: () => void;
  readonly onReload: () => void;
  readonly onKeepMine: () => void;
  readonly onUseSaved: () => void;
}

/** Says what went wrong in plain words; the text typed stays in the editor below whatever the user picks. */
export function CoachingProblem({ status, onRetry, onReload, onKeepMine, onUseSaved }: CoachingProblemProps) {
  if (status.kind === 'conflict') {
    return (
      <div className="coaching-problem" role="alert">
        <p>
          This review was saved elsewhere (another window or the command line) after you opened it, so your coaching
          below is not saved yet. It stays here: reload the review to save it on top of the newer one.
        </p>
        <p className="coaching-problem-detail">{status.message}</p>
        <button type="button" className="button button-small button-primary" onClick={onReload}>
          Reload review
        </button>
      </div>
    );
  }
  if (status.kind === 'diverged') {
    return (
      <div className="coaching-problem" role="alert">
        <p>{status.message}</p>
        <div className="coaching-problem-buttons">
          <button type="button" className="button button-small button-primary" onClick={onKeepMine}>
            Keep mine
          </button>
          <button type="button" className="button button-small" onClick={onUseSaved}>
            Use the saved one
          </button>
        </div>
      </div>
    );
  }
  if (status.kind === 'failed') {
    return (
      <div className="coaching-problem" role="alert">
        <p>{`The coaching could not be saved (${status.message}). Your text stays here.`}</p>
        <button type="button" className="button button-small" onClick={onRetry}>
          Retry save
        </button>
      </div>
    );
  }
  return null;
}
