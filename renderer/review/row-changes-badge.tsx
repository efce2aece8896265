// The pipeline row's compact "3 changes · slipped" since the review shown; nothing when the deal did not change.
import { useDealChanges } from '../state/review-hooks';
import { changesBadgeText } from '../state/review-deal-changes';
import { useRenderMessage, useT } from '../i18n/use-t';

export function RowChangesBadge({ dealId }: { dealId: string }) {
  const changes = useDealChanges(dealId);
  const t = useT();
  const say = useRenderMessage();
  const text = changes ? changesBadgeText(t, changes) : null;
  if (!changes || !text) return null;
  const title = changes.changes.map((change) => say(change.line)).join('\n');
  return (
    <span className={`row-changes${changes.slipped ? ' is-slipped' : ''}`} title={title}>
      <span className="visually-hidden">{t('review.since-the-review')}</span>
      {text}
    </span>
  );
}
