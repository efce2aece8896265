// The side panel's coaching for the open deal in the review shown: notes and action items, saved as you type.
import { useState } from 'react';
import type { Deal } from '../../shared/model/deal-schema';
import type { DealCoaching } from '../../shared/review';
import { useReviewState, useReviewStore } from '../state/review-hooks';
import { coachingStatus, reviewSnapshotOf, shownCoaching } from '../state/review-state';
import { ActionItemRow } from './action-item-row';
import { addActionItem, removeActionItem, setNotes, updateActionItem } from './coaching-edits';
import { CoachingProblem, CoachingStatusLine } from './coaching-save-status';
import { ReviewDisclosure } from './review-disclosure';
import { useT } from '../i18n/use-t';

/** A deal the review does not hold: new since, or unreadable when it started (then its open items wait for the next review). */
function NotInReview({ dealName, reviewId, coaching }: { dealName: string; reviewId: string; coaching: DealCoaching }) {
  const waiting = coaching.actionItems.filter((item) => !item.done);
  const t = useT();
  if (waiting.length === 0) {
    return <p className="review-empty">{t('review.coaching.new-since', { deal: dealName, id: reviewId })}</p>;
  }
  return (
    <>
      <p className="review-empty">{t('review.coaching.unreadable', { deal: dealName, id: reviewId })}</p>
      <ul className="review-waiting-items" aria-label={t('review.coaching.open-items')}>
        {waiting.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </>
  );
}

export function CoachingEditor({ deal }: { deal: Deal }) {
  const reviews = useReviewStore();
  const review = useReviewState((s) => s.review);
  const coaching = useReviewState((s) => shownCoaching(s, deal.id));
  const status = useReviewState((s) => coachingStatus(s, deal.id));
  const [focusItem, setFocusItem] = useState<string | null>(null);
  const t = useT();
  if (!review || !coaching) return null;
  const inReview = reviewSnapshotOf(review, deal.id) !== undefined;
  const edit = (change: (current: DealCoaching) => DealCoaching) => reviews.editCoaching(deal.id, change);
  const open = coaching.actionItems.filter((item) => !item.done).length;

  return (
    <ReviewDisclosure
      id="coaching"
      title={t('review.coaching.title')}
      className="coaching-editor"
      summary={inReview ? <CoachingStatusLine status={status} /> : undefined}
    >
      {!inReview ? (
        <NotInReview dealName={deal.name} reviewId={review.id} coaching={coaching} />
      ) : (
        <>
          <p className="review-since-line">{t('review.coaching.of-review', { id: review.id })}</p>
          <CoachingProblem
            status={status}
            onRetry={() => void reviews.retryCoaching(deal.id)}
            onReload={() => void reviews.reloadReview()}
            onKeepMine={() => void reviews.keepMyCoaching(deal.id)}
            onUseSaved={() => reviews.useSavedCoaching(deal.id)}
          />
          <div className="field">
            <label htmlFor="coaching-notes">{t('review.coaching.notes')}</label>
            <textarea
              id="coaching-notes"
              rows={4}
              maxLength={20_000}
              placeholder={t('review.coaching.notes-placeholder')}
              value={coaching.notes}
              onChange={(event) => {
                const notes = event.target.value;
                edit((current) => setNotes(current, notes));
              }}
            />
          </div>
          <h3 className="panel-subtitle">
            {t('review.coaching.items')} <span className="count">{open}</span>
          </h3>
          {coaching.actionItems.length === 0 ? (
            <p className="review-empty">{t('review.coaching.no-items')}</p>
          ) : (
            <ul className="action-items" aria-label={t('review.coaching.items')}>
              {coaching.actionItems.map((item, index) => (
                <ActionItemRow
                  key={item.id}
                  item={item}
                  position={index + 1}
                  focusText={item.id === focusItem}
                  onChange={(patch) => edit((current) => updateActionItem(current, item.id, patch))}
                  onRemove={() => edit((current) => removeActionItem(current, item.id))}
                />
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              let added: string | null = null;
              edit((current) => {
                const result = addActionItem(current, deal.owner ?? '');
                added = result.itemId;
                return result.coaching;
              });
              setFocusItem(added);
            }}
          >
            {t('review.coaching.add-item')}
          </button>
        </>
      )}
    </ReviewDisclosure>
  );
}
