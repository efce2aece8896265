// Asks before starting a review, saying in one sentence what it records.
import { Dialog } from '../components/dialog';

interface StartReviewDialogProps {
  /** The review date: today on the user's calendar. */
  readonly asOf: string;
  /** Reviews already started that day: the new one is the next of them. */
  readonly sameDay: number;
  readonly onStart: () => void;
  readonly onClose: () => void;
}

export function StartReviewDialog({ asOf, sameDay, onStart, onClose }: StartReviewDialogProps) {
  return (
    <Dialog
      title={`Start the review of ${asOf}?`}
      onClose={onClose}
      description={
        <>
          <p>
            Dealmap records a snapshot of every deal’s buying center and qualification as of today, so each deal can show
            what changed since; open action items of the last review carry into it.
          </p>
          {sameDay > 0 && <p>{`There is already ${sameDay === 1 ? 'a review' : `${sameDay} reviews`} of ${asOf}; this one comes after it.`}</p>}
        </>
      }
    >
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            onClose();
            onStart();
          }}
        >
          Start review
        </button>
      </div>
    </Dialog>
  );
}
