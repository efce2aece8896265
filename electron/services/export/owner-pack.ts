// The one-to-one pack on the Node side (CLI and browser host): the workspace's listing, review and deals through the services.
import { buildOwnerPackInput } from '../../../shared/export/review-pack-owner-build';
import type { OwnerPackInput } from '../../../shared/export/review-pack-owner-input';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { rowOfSummary } from '../../../shared/pipeline/pipeline-row';
import type { DealmapNodeServices } from '../dealmap-services';
import { messageRef } from '../../../shared/i18n/message-ref';
import { DealmapApiError } from '../dealmap-api-error';

export interface OwnerPackRequest {
  readonly owner: string;
  readonly asOf: string;
  /** A review id or a date (the latest review on or before it); absent: the latest review. */
  readonly since?: string;
}

/** Refuses an owner with no deal, naming the owners there are. */
export async function ownerPackInput(services: DealmapNodeServices, request: OwnerPackRequest): Promise<OwnerPackInput> {
  const [listing, settings, report] = await Promise.all([
    services.listDeals({ asOf: request.asOf }),
    services.getSettings({}),
    services.reviewChanges({ asOf: request.asOf, ...(request.since === undefined ? {} : { since: request.since }) }),
  ]);
  const rows = listing.deals.map(rowOfSummary);
  const key = request.owner.trim().toLowerCase();
  if (!rows.some((row) => (row.owner ?? '').toLowerCase() === key)) {
    const owners = [...new Set(rows.flatMap((row) => (row.owner === null ? [] : [row.owner])))].sort();
    // The owners are names as the deals spell them, listed as written.
    throw new DealmapApiError('not-found', messageRef('host.export.no-owner', { owner: request.owner, owners: owners.length === 0 ? messageRef('host.export.no-owners') : owners.join(', ') }));
  }
  const review = report.review === null ? null : await services.getReview({ id: report.review.id });
  return buildOwnerPackInput({
    owner: request.owner,
    asOf: request.asOf,
    rows,
    review,
    changes: review === null ? null : report.changes.deals,
    settings,
    fetchDeal: (id) => services.getDeal({ id }).catch(() => null),
    qualify: (deal) => qualifyDeal(deal, { asOf: request.asOf, settings }),
  });
}
