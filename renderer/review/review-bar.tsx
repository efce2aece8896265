// The pipeline's review bar: start a review, pick the one to compare with, and what changed since it.
import { useState } from 'react';
import { reviewIdDate } from '../../shared/review';
import { useReviewState, useReviewStore } from '../state/review-hooks';
import { useAppState, useAppStore } from '../state/store-context';
import { ReviewSummary } from './review-summary';
import { StartReviewDialog } from './start-review-dialog';
import { useT } from '../i18n/use-t';
import { useDealmapIntl } from '../i18n/language-context';
import { fileProblemText } from '../../shared/model/file-problem-text';

function ReviewPicker() {
  const reviews = useReviewStore();
  const list = useReviewState((s) => s.reviews);
  const review = useReviewState((s) => s.review);
  const loading = useReviewState((s) => s.phase === 'loading');
  const t = useT();
  if (loading) return <span className="review-bar-none">{t('review.reading')}</span>;
  if (list.length === 0) return <span className="review-bar-none">{t('review.none-yet')}</span>;
  return (
    <div className="field review-picker">
      <label htmlFor="review-picker">{t('review.since-review')}</label>
      <select id="review-picker" value={review?.id ?? ''} onChange={(event) => void reviews.pickReview(event.target.value)}>
        {!review && <option value="">{t('review.choose')}</option>}
        {list.map((summary, index) => (
          <option key={summary.id} value={summary.id}>
            {t(index === 0 ? 'review.option-latest' : 'review.option', { id: summary.id, count: summary.dealCount })}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ReviewBar() {
  const store = useAppStore();
  const reviews = useReviewStore();
  const asOf = useAppState((s) => s.asOf);
  const list = useReviewState((s) => s.reviews);
  const review = useReviewState((s) => s.review);
  const report = useReviewState((s) => s.report);
  const starting = useReviewState((s) => s.starting);
  const error = useReviewState((s) => s.error ?? s.loadError);
  const problems = useReviewState((s) => s.problems);
  const [confirming, setConfirming] = useState(false);
  const t = useT();
  const intl = useDealmapIntl();
  const sameDay = list.filter((summary) => reviewIdDate(summary.id) === asOf).length;
  const summary = report && review && report.review?.id === review.id ? report.changes.summary : null;
  const changed = summary ? summary.changedCount : 0;
  const total = summary ? summary.changedCount + summary.unchangedCount : 0;

  return (
    <section className="review-bar" aria-label={t('review.region')}>
      <div className="review-bar-row">
        <h2 className="review-bar-title">{t('review.title')}</h2>
        <ReviewPicker />
        {summary && (
          <p className="review-bar-count">
            {t('review.changed-count', { changed, total, id: review?.id ?? '' })}
          </p>
        )}
        <button type="button" className="button button-primary review-start" disabled={starting} onClick={() => setConfirming(true)}>
          {starting ? t('review.starting') : t('review.start')}
        </button>
      </div>
      {summary && <ReviewSummary summary={summary} onOpen={(dealId) => store.openDealInMap(dealId)} />}
      {problems.length > 0 && (
        <p className="review-bar-problems">
          {t('review.problems', { count: problems.length })}
          {problems.map((problem) => fileProblemText(intl, problem)).join(' ')}
        </p>
      )}
      {error && (
        <p className="form-error review-bar-error" role="alert">
          {error}
        </p>
      )}
      {confirming && (
        <StartReviewDialog asOf={asOf} sameDay={sameDay} onStart={() => void reviews.startReview()} onClose={() => setConfirming(false)} />
      )}
    </section>
  );
}
