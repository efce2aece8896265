// Asks before starting a review, saying in one sentence what it records.
import { Dialog } from '../components/dialog';
import { useT } from '../i18n/use-t';

interface StartReviewDialogProps {
  /** The review date: today on the user's calendar. */
  readonly asOf: string;
  /** Reviews already started that day: the new one is the next of them. */
  readonly sameDay: number;
  readonly onStart: () => void;
  readonly onClose: () => void;
}

export function StartReviewDialog({ asOf, sameDay, onStart, onClose }: StartReviewDialogProps) {
  const t = useT();
  return (
    <Dialog
      title={t('review.start.title', { date: asOf })}
      onClose={onClose}
      description={
        <>
          <p>{t('review.start.records')}</p>
          {sameDay > 0 && <p>{t('review.start.same-day', { count: sameDay, date: asOf })}</p>}
        </>
      }
    >
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onClose}>
          {t('review.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            onClose();
            onStart();
          }}
        >
          {t('review.start')}
        </button>
      </div>
    </Dialog>
  );
}
