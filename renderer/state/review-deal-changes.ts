// One deal's changes since the review, computed here from the working copy, so they follow each edit before it is saved.
import type { Deal } from '../../shared/model/deal-schema';
import { dealChanges, snapshotDeal, type DealChanges, type Review } from '../../shared/review';
import type { EngineSettings } from '../../shared/settings/workspace-settings';
import { qualificationOf } from './qualification';
import { reviewSnapshotOf } from './review-state';
import type { Translate } from '../i18n/use-t';

interface CachedChanges {
  readonly review: Review;
  readonly asOf: string;
  readonly settings: EngineSettings;
  readonly changes: DealChanges;
}

const cache = new WeakMap<Deal, CachedChanges>();

/**
 * `deal` compared with the review's snapshot of it (none: the deal is new since the review).
 * Qualified with the same date and settings as the side panel, so its qualification is reused.
 */
export function liveDealChanges(deal: Deal, review: Review, asOf: string, settings: EngineSettings): DealChanges {
  const hit = cache.get(deal);
  if (hit && hit.review === review && hit.asOf === asOf && hit.settings === settings) return hit.changes;
  const now = snapshotDeal(deal, qualificationOf(deal, asOf, settings));
  const changes = dealChanges(reviewSnapshotOf(review, deal.id), now);
  cache.set(deal, { review, asOf, settings, changes });
  return changes;
}

/** A short line for a table row: "3 changes · slipped"; null when nothing changed. */
export function changesBadgeText(t: Translate, changes: DealChanges): string | null {
  if (changes.presence === 'new') return t('review.badge.new');
  if (changes.presence === 'removed' || changes.changes.length === 0) return null;
  const words = [t('review.changes', { count: changes.changes.length })];
  if (changes.slipped) words.push(t('review.badge.slipped'));
  else if (changes.gainedBlockers) words.push(t('review.badge.new-blockers'));
  else if (changes.advanced) words.push(t('review.badge.advanced'));
  else if (changes.fellBack) words.push(t('review.badge.fell-back'));
  return words.join(' · ');
}
