// Plans an import against the workspace: which deals are new, which change and how; the writes apply would make.
import type { Deal } from '../model/deal-schema';
import type { CrmSystem } from '../model/external-schema';
import { crmIndexKey } from './crm-keys';
import { importTotals, type DealImportPlan, type ImportPreview } from './import-plan-types';
import type { CrmReading } from './import-types';
import { mergeCrmDeal } from './merge-deal';
import { sameJson } from './same-json';

/** A write apply would make: a new deal file, or a deal replaced (`before` is the file as planned from). */
export type PlannedWrite =
  | { readonly kind: 'create'; readonly deal: Deal }
  | { readonly kind: 'update'; readonly before: Deal; readonly deal: Deal };

export interface ImportPlan {
  readonly preview: ImportPreview;
  readonly writes: readonly PlannedWrite[];
}

/** The workspace's imported deals by CRM index key (see crmIndexKey); the first file wins if two claim one id. */
export function indexImportedDeals(deals: readonly Deal[]): Map<string, Deal> {
  const index = new Map<string, Deal>();
  for (const deal of deals) {
    if (deal.external === undefined) continue;
    const key = crmIndexKey(deal.external.system, deal.external.id);
    if (!index.has(key)) index.set(key, deal);
  }
  return index;
}

/**
 * `newIdFor` gives a free deal id for a new deal's name (free on disk and in this plan);
 * `updatedAt` stamps new deals. Changed deals keep revision and updatedAt here; apply bumps them.
 */
export function planImport(
  system: CrmSystem,
  reading: CrmReading,
  existing: ReadonlyMap<string, Deal>,
  newIdFor: (name: string) => string,
  updatedAt: string,
): ImportPlan {
  const deals: DealImportPlan[] = [];
  const writes: PlannedWrite[] = [];
  for (const crm of reading.deals) {
    const before = existing.get(crmIndexKey(system, crm.id));
    const merge = mergeCrmDeal(before, crm, before?.id ?? newIdFor(crm.name), updatedAt);
    const { deal, people } = merge;
    const unchanged = before !== undefined && sameJson(before, deal);
    const action = before === undefined ? 'new' : unchanged ? 'unchanged' : 'update';
    deals.push({
      action,
      dealId: deal.id,
      name: deal.name,
      account: deal.account,
      crmId: crm.id,
      changes: merge.changes,
      newPeople: people.newPeople,
      gonePeople: people.gonePeople,
      returnedPeople: people.returnedPeople,
    });
    if (before === undefined) writes.push({ kind: 'create', deal });
    else if (!unchanged) writes.push({ kind: 'update', before, deal });
  }
  const errors = reading.problems.some((problem) => problem.severity === 'error');
  // A problem of a whole file (a missing column, an unreadable file) cannot be skipped row by row.
  const fileErrors = reading.problems.some((problem) => problem.severity === 'error' && problem.column === undefined && (problem.line === undefined || problem.line === 1));
  const preview: ImportPreview = {
    system,
    deals,
    totals: importTotals(deals),
    problems: reading.problems,
    skippedRows: reading.skippedRows,
    unknownRoles: reading.unknownRoles,
    canApply: !fileErrors && (!errors || reading.skippedRows > 0),
  };
  return { preview, writes };
}
