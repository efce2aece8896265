// Where the coaching's autosave stands, and the way out of a refused save: retry, reload, keep mine or use the saved one.
import type { CoachingSaveStatus } from '../state/review-state';
import { useT, type Translate } from '../i18n/use-t';

export function coachingStatusText(t: Translate, status: CoachingSaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return t('review.status.saved');
    case 'saving':
      return t('review.status.saving');
    case 'invalid':
      return t('review.status.invalid', { message: status.message });
    case 'failed':
      return t('review.status.failed');
    case 'conflict':
      return t('review.status.conflict');
    case 'diverged':
      return t('review.status.diverged');
  }
}

interface CoachingSaveStatusProps {
  readonly status: CoachingSaveStatus;
}

/** The one-line status beside the title; read out politely, never as the page's main status. */
export function CoachingStatusLine({ status }: CoachingSaveStatusProps) {
  const t = useT();
  return (
    <span className={`coaching-status coaching-${status.kind}`} aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      {coachingStatusText(t, status)}
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
  const t = useT();
  if (status.kind === 'conflict') {
    return (
      <div className="coaching-problem" role="alert">
        <p>{t('review.problem.conflict')}</p>
        <p className="coaching-problem-detail">{status.message}</p>
        <button type="button" className="button button-small button-primary" onClick={onReload}>
          {t('review.problem.reload')}
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
            {t('review.problem.keep-mine')}
          </button>
          <button type="button" className="button button-small" onClick={onUseSaved}>
            {t('review.problem.use-saved')}
          </button>
        </div>
      </div>
    );
  }
  if (status.kind === 'failed') {
    return (
      <div className="coaching-problem" role="alert">
        <p>{t('review.problem.failed', { message: status.message })}</p>
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('review.problem.retry')}
        </button>
      </div>
    );
  }
  return null;
}
