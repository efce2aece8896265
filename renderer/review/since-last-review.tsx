// The side panel's "Since last review": every change of the open deal since the review, live while editing.
import type { Deal } from '../../shared/model/deal-schema';
import { useDealChanges, useReviewState } from '../state/review-hooks';
import { useAppStore } from '../state/store-context';
import { DealChangeList } from './deal-change-list';
import { ReviewDisclosure } from './review-disclosure';

function NoReviewYet() {
  const store = useAppStore();
  return (
    <p className="review-empty">
      No review yet — start one in the{' '}
      <button type="button" className="link-button" onClick={() => store.showView('pipeline')}>
        Pipeline view
      </button>
      .
    </p>
  );
}

export function SinceLastReview({ deal }: { deal: Deal }) {
  const review = useReviewState((s) => s.review);
  const phase = useReviewState((s) => s.phase);
  const isLatest = useReviewState((s) => s.review !== null && s.review.id === s.reviews[0]?.id);
  const changes = useDealChanges(deal.id);
  const title = review && !isLatest ? `Since the review of ${review.id}` : 'Since last review';
  const count = changes && changes.presence === 'both' ? changes.changes.length : 0;
  const summary = !review ? undefined : changes?.presence === 'new' ? 'new deal' : count === 0 ? 'no changes' : `${count} change${count === 1 ? '' : 's'}`;

  let body;
  if (!review) body = phase === 'loading' ? <p className="review-empty">Reading the reviews…</p> : <NoReviewYet />;
  else if (!changes || changes.presence === 'new') {
    body = <p className="review-empty">{`“${deal.name}” is new since the review of ${review.id}: there is nothing to compare it with.`}</p>;
  } else if (changes.changes.length === 0) {
    body = <p className="review-empty">{`No changes since the review of ${review.id}.`}</p>;
  } else {
    body = (
      <>
        <p className="review-since-line">{`Compared with the review of ${review.id}, as of today.`}</p>
        <DealChangeList changes={changes.changes} />
      </>
    );
  }
  return (
    <ReviewDisclosure id="since-last-review" title={title} summary={summary} className="since-last-review">
      {body}
    </ReviewDisclosure>
  );
}
