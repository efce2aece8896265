// The shapes an import passes along: CSV tables in, CRM deals in between, problems named by file, line and column.
import type { MessageRef } from '../i18n/message-ref';
import type { CrmSystem } from '../model/external-schema';
import type { StakeholderRole } from '../model/vocabulary';

/** One data record of a CSV file: its cells by column and the line it starts on (the header is line 1). */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A CSV file as read: `file` is the name messages use (the name the user picked). */
export interface CsvTable {
  readonly file: string;
  readonly headers: readonly string[];
  readonly rows: readonly CsvRow[];
}

/** Something wrong or worth knowing in the input; an error stops the import unless bad rows are skipped. */
export interface ImportProblem {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** The line the record starts on; absent for a problem of the whole file. */
  readonly line?: number;
  /** The column's header as the file writes it. */
  readonly column?: string;
  /** Why, in English (the host's refusal and logs print it). */
  readonly message: string;
  /** The same as a message, where the reader has one: the import dialog and `--lang` render it. */
  readonly reason?: MessageRef;
}

/** A contact on a CRM deal, as the CRM has it. */
export interface CrmPerson {
  /** The id as the CRM wrote it. */
  readonly id: string;
  /** The id to compare by (a Salesforce id's 15-character form). */
  readonly key: string;
  readonly name: string;
  readonly title?: string;
  readonly role: StakeholderRole;
  /** The role text as the CRM wrote it. */
  readonly crmRole?: string;
  /** A stance the CRM knows (HubSpot's Champion and Blocker buying roles). */
  readonly stance?: 'champion' | 'saboteur';
  /** The key of the person this one reports to, when the CRM says. */
  readonly reportsTo?: string;
}

/** A deal as the CRM has it, with the contacts on it. */
export interface CrmDeal {
  readonly system: CrmSystem;
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly account: string;
  readonly owner?: string;
  readonly amount?: number;
  readonly currency?: string;
  readonly closeDate?: string;
  readonly status: 'open' | 'won' | 'lost';
  readonly stage?: string;
  readonly people: readonly CrmPerson[];
}

/** What reading the CRM files gives: the deals, and every problem met on the way. */
export interface CrmReading {
  readonly deals: readonly CrmDeal[];
  readonly problems: readonly ImportProblem[];
  /** How many records were left out because they had errors (only when bad rows are skipped). */
  readonly skippedRows: number;
  /** Role values no table knows (read as unknown), for the user to map. */
  readonly unknownRoles: readonly string[];
}

/** How day and month are ordered in slash dates; `auto` decides per column and says so when it cannot. */
export const DATE_ORDERS = ['auto', 'month-first', 'day-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

export interface ImportReadOptions {
  readonly dateOrder: DateOrder;
  /** Leave records with errors out (they are listed) instead of refusing the whole import. */
  readonly skipBadRows: boolean;
  /** The user's own meaning of role values, e.g. `Procurement` -> `buyer`; before the built-in tables. */
  readonly roles?: Readonly<Record<string, StakeholderRole>>;
}

/** What a file of an import is: Salesforce's three exports, HubSpot's three, or rows of any CSV. */
export const IMPORT_FILE_ROLES = ['opportunities', 'contacts', 'contact-roles', 'deals', 'associations', 'rows'] as const;
export type ImportFileRole = (typeof IMPORT_FILE_ROLES)[number];
