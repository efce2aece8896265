// The pipeline's changes since the review: deals that advanced, slipped, gained or cleared blockers, fell back, new and removed.
import { useId, useState } from 'react';
import type { DealRef, PipelineChangeSummary } from '../../shared/review';
import { useT } from '../i18n/use-t';
import { useDealmapIntl } from '../i18n/language-context';

type SummaryList = 'advanced' | 'slipped' | 'gainedBlockers' | 'clearedBlockers' | 'fellBack' | 'new' | 'removed';

const LISTS: readonly { list: SummaryList; tone: 'good' | 'bad' | 'neutral' }[] = [
  { list: 'advanced', tone: 'good' },
  { list: 'slipped', tone: 'bad' },
  { list: 'gainedBlockers', tone: 'bad' },
  { list: 'clearedBlockers', tone: 'good' },
  { list: 'fellBack', tone: 'bad' },
  { list: 'new', tone: 'neutral' },
  { list: 'removed', tone: 'neutral' },
];

/** A list this long is scrolled, not drawn whole: the table's filters find the rest. */
const SHOWN_DEALS = 300;

interface ReviewSummaryProps {
  readonly summary: PipelineChangeSummary;
  readonly onOpen: (dealId: string) => void;
}

function DealLinks({ deals, list, onOpen }: { deals: readonly DealRef[]; list: SummaryList; onOpen: (dealId: string) => void }) {
  const shown = deals.slice(0, SHOWN_DEALS);
  const t = useT();
  return (
    <>
      <ul className="review-summary-deals">
        {shown.map((deal) => (
          <li key={deal.dealId}>
            {list === 'removed' ? (
              <span className="muted" title={t('review.removed-title')}>
                {deal.dealName}
              </span>
            ) : (
              <button type="button" className="link-button" onClick={() => onOpen(deal.dealId)}>
                {deal.dealName}
              </button>
            )}
          </li>
        ))}
      </ul>
      {deals.length > shown.length && <p className="muted small">{t('review.more', { count: deals.length - shown.length })}</p>}
    </>
  );
}

export function ReviewSummary({ summary, onOpen }: ReviewSummaryProps) {
  const [expanded, setExpanded] = useState<SummaryList | null>(null);
  const panelId = useId();
  const t = useT();
  const intl = useDealmapIntl();
  const current = LISTS.find((entry) => entry.list === expanded);
  const deals = current ? summary[current.list] : [];
  return (
    <div className="review-summary">
      <ul className="review-summary-chips" aria-label={t('review.chips')}>
        {LISTS.map(({ list, tone }) => {
          const count = summary[list].length;
          return (
            <li key={list}>
              <button
                type="button"
                className={`review-chip tone-${tone}${count === 0 ? ' is-empty' : ''}${expanded === list ? ' is-expanded' : ''}`}
                aria-expanded={expanded === list}
                aria-controls={panelId}
                disabled={count === 0}
                onClick={() => setExpanded(expanded === list ? null : list)}
              >
                <span className="review-chip-count">{count.toLocaleString(intl.locale)}</span> {t(`review.list.${list}`)}
              </button>
            </li>
          );
        })}
      </ul>
      {current && deals.length > 0 && (
        <div id={panelId} className="review-summary-panel" role="region" aria-label={t('review.list-region', { list: t(`review.list.${current.list}`) })}>
          <DealLinks deals={deals} list={current.list} onOpen={onOpen} />
        </div>
      )}
    </div>
  );
}
