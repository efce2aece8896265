// The pipeline's changes since the review: deals that advanced, slipped, gained or cleared blockers, fell back, new and removed.
import { useId, useState } from 'react';
import type { DealRef, PipelineChangeSummary } from '../../shared/review';

type SummaryList = 'advanced' | 'slipped' | 'gainedBlockers' | 'clearedBlockers' | 'fellBack' | 'new' | 'removed';

const LISTS: readonly { list: SummaryList; label: string; tone: 'good' | 'bad' | 'neutral' }[] = [
  { list: 'advanced', label: 'Advanced', tone: 'good' },
  { list: 'slipped', label: 'Slipped', tone: 'bad' },
  { list: 'gainedBlockers', label: 'Gained blockers', tone: 'bad' },
  { list: 'clearedBlockers', label: 'Cleared blockers', tone: 'good' },
  { list: 'fellBack', label: 'Fell back', tone: 'bad' },
  { list: 'new', label: 'New', tone: 'neutral' },
  { list: 'removed', label: 'Removed', tone: 'neutral' },
];

/** A list this long is scrolled, not drawn whole: the table's filters find the rest. */
const SHOWN_DEALS = 300;

interface ReviewSummaryProps {
  readonly summary: PipelineChangeSummary;
  readonly onOpen: (dealId: string) => void;
}

function DealLinks({ deals, list, onOpen }: { deals: readonly DealRef[]; list: SummaryList; onOpen: (dealId: string) => void }) {
  const shown = deals.slice(0, SHOWN_DEALS);
  return (
    <>
      <ul className="review-summary-deals">
        {shown.map((deal) => (
          <li key={deal.dealId}>
            {list === 'removed' ? (
              <span className="muted" title="Deleted or no longer in the workspace">
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
      {deals.length > shown.length && <p className="muted small">{`and ${(deals.length - shown.length).toLocaleString()} more`}</p>}
    </>
  );
}

export function ReviewSummary({ summary, onOpen }: ReviewSummaryProps) {
  const [expanded, setExpanded] = useState<SummaryList | null>(null);
  const panelId = useId();
  const current = LISTS.find((entry) => entry.list === expanded);
  const deals = current ? summary[current.list] : [];
  return (
    <div className="review-summary">
      <ul className="review-summary-chips" aria-label="Changes since the review">
        {LISTS.map(({ list, label, tone }) => {
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
                <span className="review-chip-count">{count.toLocaleString()}</span> {label}
              </button>
            </li>
          );
        })}
      </ul>
      {current && deals.length > 0 && (
        <div id={panelId} className="review-summary-panel" role="region" aria-label={`${current.label} since the review`}>
          <DealLinks deals={deals} list={current.list} onOpen={onOpen} />
        </div>
      )}
    </div>
  );
}
