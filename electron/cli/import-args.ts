// Parses `import salesforce|hubspot|csv <workspace> ...` and `export csv <workspace> <dir>`.
import { DATE_ORDERS, type DateOrder } from '../../shared/import/import-types';
import type { CrmSystem } from '../../shared/model/external-schema';
import type { ImportFileRole } from '../services/import/read-import-files';
import type { OptionSpec, ScannedArgs } from './cli-options';
import { needs, usage } from './cli-usage-error';

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

const FILE: OptionSpec = { kind: 'value', needs: needs('csv') };
const FLAG: OptionSpec = { kind: 'flag' };

export const IMPORT_OPTIONS = {
  '--opportunities': FILE,
  '--contacts': FILE,
  '--contact-roles': FILE,
  '--deals': FILE,
  '--associations': FILE,
  '--mapping': { kind: 'value', needs: needs('mapping') },
  '--dry-run': FLAG,
  '--json': FLAG,
  '--skip-bad-rows': FLAG,
  '--date-order': { kind: 'value', needs: needs('date-order', { orders: DATE_ORDERS.join(', ') }) },
  '--roles': { kind: 'value', needs: needs('roles') },
} satisfies Record<string, OptionSpec>;

/** Each system's file options: role, and whether it must be given. */
const FILE_OPTIONS: Readonly<Record<Exclude<CrmSystem, 'csv'>, readonly [string, ImportFileRole, boolean][]>> = {
  salesforce: [['--opportunities', 'opportunities', true], ['--contacts', 'contacts', false], ['--contact-roles', 'contact-roles', false]],
  hubspot: [['--deals', 'deals', true], ['--contacts', 'contacts', false], ['--associations', 'associations', false]],
};

function dateOrder(args: ScannedArgs): DateOrder {
  const value = args.values.get('--date-order') ?? 'auto';
  if (!(DATE_ORDERS as readonly string[]).includes(value)) throw usage('error.date-order', { orders: DATE_ORDERS.join(', '), value });
  return value as DateOrder;
}

export function parseImport(args: ScannedArgs): ImportCommand {
  const [system, workspace, ...rest] = args.positionals;
  if (system !== 'salesforce' && system !== 'hubspot' && system !== 'csv') {
    throw system === undefined ? usage('error.import-system-missing') : usage('error.import-system', { system });
  }
  if (workspace === undefined) throw usage('error.import-workspace');
  const common = { kind: 'import' as const, system: system as CrmSystem, workspace, dryRun: args.flags.has('--dry-run'), json: args.flags.has('--json'), skipBadRows: args.flags.has('--skip-bad-rows'), dateOrder: dateOrder(args), roles: args.values.get('--roles') };
  const allowed = system === 'csv' ? [['--mapping']] : FILE_OPTIONS[system];
  for (const name of args.values.keys()) {
    if (name !== '--date-order' && name !== '--roles' && !allowed.some(([option]) => option === name)) throw usage('error.import-option', { name, system });
  }
  if (system === 'csv') {
    const mapping = args.values.get('--mapping');
    if (mapping === undefined) throw usage('error.import-csv-mapping');
    if (rest.length === 0) throw usage('error.import-csv-files');
    return { ...common, mapping, files: rest.map((path) => ({ role: 'rows', path })) };
  }
  if (rest.length > 0) throw usage('error.import-extra', { count: rest.length + 1 });
  const files = FILE_OPTIONS[system].flatMap(([option, role, required]) => {
    const path = args.values.get(option);
    if (path === undefined && required) throw usage('error.import-file', { system, option });
    return path === undefined ? [] : [{ role, path }];
  });
  return { ...common, mapping: undefined, files };
}

export function parseExport(args: ScannedArgs, today: string): ExportCsvCommand {
  const [format, workspace, folder, ...rest] = args.positionals;
  if (format !== 'csv') throw format === undefined ? usage('error.export-format-missing') : usage('error.export-format', { format });
  if (workspace === undefined || folder === undefined || rest.length > 0) throw usage('error.export-folders');
  return { kind: 'export-csv', workspace, folder, asOf: args.values.get('--as-of') ?? today };
}
