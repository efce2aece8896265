// The open deal's review in the side panel: what changed since the review, then the coach's notes and actions.
import type { Deal } from '../../shared/model/deal-schema';
import { CoachingEditor } from './coaching-editor';
import { SinceLastReview } from './since-last-review';

export function DealReviewSections({ deal }: { deal: Deal }) {
  return (
    <>
      <SinceLastReview deal={deal} />
      <CoachingEditor key={deal.id} deal={deal} />
    </>
  );
}
