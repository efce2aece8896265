// The preview of an import: per deal what would be created or changed, and the totals; nothing is written yet.
import type { CrmSystem } from '../model/external-schema';
import type { ImportProblem } from './import-types';

/** One field that would change: `field` names it for a person, e.g. `Anna Lindqvist: title`. */
export interface FieldChange {
  readonly field: string;
  /** The value as the user reads it; '' when there was none. */
  readonly before: string;
  readonly after: string;
}

/** What the import does to one deal. */
export interface DealImportPlan {
  readonly action: 'new' | 'update' | 'unchanged';
  /** The Dealmap deal id (for a new deal, the id it would get). */
  readonly dealId: string;
  readonly name: string;
  readonly account: string;
  /** The deal's id in the CRM. */
  readonly crmId: string;
  readonly changes: readonly FieldChange[];
  readonly newPeople: readonly string[];
  /** People the CRM no longer lists on this deal: they are marked, not removed. */
  readonly gonePeople: readonly string[];
  /** People marked gone before whom the CRM lists again. */
  readonly returnedPeople: readonly string[];
}

export interface ImportTotals {
  readonly newDeals: number;
  readonly updatedDeals: number;
  readonly unchangedDeals: number;
  readonly newPeople: number;
  readonly gonePeople: number;
  readonly changedFields: number;
}

/** The answer of previewImport, and of the CLI's `--json`. */
export interface ImportPreview {
  readonly system: CrmSystem;
  readonly deals: readonly DealImportPlan[];
  readonly totals: ImportTotals;
  /** Errors and warnings with file, line and column. */
  readonly problems: readonly ImportProblem[];
  /** Records left out because they had errors (only when bad rows are skipped). */
  readonly skippedRows: number;
  /** Role values no table knows (read as unknown): the dialog offers to map them. */
  readonly unknownRoles: readonly string[];
  /** False when there are errors and bad rows are not skipped: apply would write nothing. */
  readonly canApply: boolean;
}

export function importTotals(deals: readonly DealImportPlan[]): ImportTotals {
  const count = (action: DealImportPlan['action']) => deals.filter((deal) => deal.action === action).length;
  const sum = (pick: (deal: DealImportPlan) => number) => deals.reduce((total, deal) => total + pick(deal), 0);
  return {
    newDeals: count('new'),
    updatedDeals: count('update'),
    unchangedDeals: count('unchanged'),
    newPeople: sum((deal) => deal.newPeople.length),
    gonePeople: sum((deal) => deal.gonePeople.length),
    changedFields: sum((deal) => deal.changes.length),
  };
}
