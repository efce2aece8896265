// The side panel's "Since last review": every change of the open deal since the review, live while editing.
import type { Deal } from '../../shared/model/deal-schema';
import { useDealChanges, useReviewState } from '../state/review-hooks';
import { useAppStore } from '../state/store-context';
import { DealChangeList } from './deal-change-list';
import { ReviewDisclosure } from './review-disclosure';
import { useT } from '../i18n/use-t';

function NoReviewYet() {
  const store = useAppStore();
  const t = useT();
  return (
    <p className="review-empty">
      {t('review.no-review-before')}
      <button type="button" className="link-button" onClick={() => store.showView('pipeline')}>
        {t('review.pipeline-view')}
      </button>
      {t('review.no-review-after')}
    </p>
  );
}

export function SinceLastReview({ deal }: { deal: Deal }) {
  const review = useReviewState((s) => s.review);
  const phase = useReviewState((s) => s.phase);
  const isLatest = useReviewState((s) => s.review !== null && s.review.id === s.reviews[0]?.id);
  const changes = useDealChanges(deal.id);
  const t = useT();
  const title = review && !isLatest ? t('review.since-the-review-of', { id: review.id }) : t('review.since-last');
  const count = changes && changes.presence === 'both' ? changes.changes.length : 0;
  const summary = !review ? undefined : changes?.presence === 'new' ? t('review.new-deal') : count === 0 ? t('review.no-changes') : t('review.changes', { count });

  let body;
  if (!review) body = phase === 'loading' ? <p className="review-empty">{t('review.reading')}</p> : <NoReviewYet />;
  else if (!changes || changes.presence === 'new') {
    body = <p className="review-empty">{t('review.new-since', { deal: deal.name, id: review.id })}</p>;
  } else if (changes.changes.length === 0) {
    body = <p className="review-empty">{t('review.none-since', { id: review.id })}</p>;
  } else {
    body = (
      <>
        <p className="review-since-line">{t('review.compared', { id: review.id })}</p>
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
