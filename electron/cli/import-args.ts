// Parses `import salesforce|hubspot|csv <workspace> ...` and `export csv <workspace> <dir>`.
import { DATE_ORDERS, type DateOrder } from '../../shared/import/import-types';
import type { CrmSystem } from '../../shared/model/external-schema';
import type { ImportFileRole } from '../services/import/read-import-files';
import type { OptionSpec, ScannedArgs } from './cli-options';

export interface ImportCommand {
  readonly kind: 'import';
  readonly system: CrmSystem;
  readonly workspace: string;
  /** The files as typed, by role. */
  readonly files: readonly { readonly role: ImportFileRole; readonly path: string }[];
  /** `import csv`: the mapping file. */
  readonly mapping: string | undefined;
  /** A JSON file of role values and their Dealmap roles, e.g. `{ "Procurement": "buyer" }`. */
  readonly roles: string | undefined;
  readonly dryRun: boolean;
  readonly json: boolean;
  readonly skipBadRows: boolean;
  readonly dateOrder: DateOrder;
}

export interface ExportCsvCommand {
  readonly kind: 'export-csv';
  readonly workspace: string;
  readonly folder: string;
  /** The review date the gaps are computed as of. */
  readonly asOf: string;
}

const FILE: OptionSpec = { kind: 'value', needs: 'a CSV file' };
const FLAG: OptionSpec = { kind: 'flag' };

export const IMPORT_OPTIONS = {
  '--opportunities': FILE,
  '--contacts': FILE,
  '--contact-roles': FILE,
  '--deals': FILE,
  '--associations': FILE,
  '--mapping': { kind: 'value', needs: 'a mapping file (JSON)' },
  '--dry-run': FLAG,
  '--json': FLAG,
  '--skip-bad-rows': FLAG,
  '--date-order': { kind: 'value', needs: `one of ${DATE_ORDERS.join(', ')}` },
  '--roles': { kind: 'value', needs: 'a JSON file of role values and Dealmap roles' },
} satisfies Record<string, OptionSpec>;

/** Each system's file options: role, and whether it must be given. */
const FILE_OPTIONS: Readonly<Record<Exclude<CrmSystem, 'csv'>, readonly [string, ImportFileRole, boolean][]>> = {
  salesforce: [['--opportunities', 'opportunities', true], ['--contacts', 'contacts', false], ['--contact-roles', 'contact-roles', false]],
  hubspot: [['--deals', 'deals', true], ['--contacts', 'contacts', false], ['--associations', 'associations', false]],
};

export class ImportUsageError extends Error {}

function dateOrder(args: ScannedArgs): DateOrder {
  const value = args.values.get('--date-order') ?? 'auto';
  if (!(DATE_ORDERS as readonly string[]).includes(value)) throw new ImportUsageError(`--date-order expects one of ${DATE_ORDERS.join(', ')}, got "${value}".`);
  return value as DateOrder;
}

export function parseImport(args: ScannedArgs): ImportCommand {
  const [system, workspace, ...rest] = args.positionals;
  if (system !== 'salesforce' && system !== 'hubspot' && system !== 'csv') {
    throw new ImportUsageError(`import expects salesforce, hubspot or csv, got ${system === undefined ? 'nothing' : `"${system}"`}.`);
  }
  if (workspace === undefined) throw new ImportUsageError(`Missing the workspace folder to import into.`);
  const common = { kind: 'import' as const, system: system as CrmSystem, workspace, dryRun: args.flags.has('--dry-run'), json: args.flags.has('--json'), skipBadRows: args.flags.has('--skip-bad-rows'), dateOrder: dateOrder(args), roles: args.values.get('--roles') };
  const allowed = system === 'csv' ? [['--mapping']] : FILE_OPTIONS[system];
  for (const name of args.values.keys()) {
    if (name !== '--date-order' && name !== '--roles' && !allowed.some(([option]) => option === name)) throw new ImportUsageError(`${name} is not an option of import ${system}.`);
  }
  if (system === 'csv') {
    const mapping = args.values.get('--mapping');
    if (mapping === undefined) throw new ImportUsageError('import csv needs --mapping F, the column mapping.');
    if (rest.length === 0) throw new ImportUsageError('import csv needs at least one CSV file after the workspace folder.');
    return { ...common, mapping, files: rest.map((path) => ({ role: 'rows', path })) };
  }
  if (rest.length > 0) throw new ImportUsageError(`Expected one workspace folder, got ${rest.length + 1} folders or files; give files with their options.`);
  const files = FILE_OPTIONS[system].flatMap(([option, role, required]) => {
    const path = args.values.get(option);
    if (path === undefined && required) throw new ImportUsageError(`import ${system} needs ${option} F.`);
    return path === undefined ? [] : [{ role, path }];
  });
  return { ...common, mapping: undefined, files };
}

export function parseExport(args: ScannedArgs, today: string): ExportCsvCommand {
  const [format, workspace, folder, ...rest] = args.positionals;
  if (format !== 'csv') throw new ImportUsageError(`export expects csv, got ${format === undefined ? 'nothing' : `"${format}"`}.`);
  if (workspace === undefined || folder === undefined || rest.length > 0) throw new ImportUsageError('export csv expects a workspace folder and the folder to write into.');
  return { kind: 'export-csv', workspace, folder, asOf: args.values.get('--as-of') ?? today };
}
