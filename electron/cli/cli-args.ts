// Parses `dealmap <report|review|generate|import|export|pack> ...` into one typed command, or a usage error.
import { dayNumber } from '../../shared/engine/review-date';
import { isReviewSince } from '../../shared/review/review-ids';
import { BUYING_CENTER_SIZES, DEFAULT_GENERATE_AS_OF, DEFAULT_GENERATE_SEED } from '../services/generate';
import { scanOptions, type OptionSpec, type ScannedArgs } from './cli-options';
import { PACK_OPTIONS, PackUsageError, parsePack, type PackCommand } from './pack-args';
import { IMPORT_OPTIONS, ImportUsageError, parseExport, parseImport, type ExportCsvCommand, type ImportCommand } from './import-args';
import { TEAM_COMMANDS, TeamUsageError, type TeamCommand } from './team-args';

export { CLI_USAGE } from './cli-usage';

export interface ReportCommand {
  readonly kind: 'report';
  readonly target: string;
  readonly json: boolean;
  /** Undefined means today. */
  readonly asOf: string | undefined;
}

export interface ReviewCommand {
  readonly kind: 'review';
  /** As the user typed it; resolved against the working folder. */
  readonly workspace: string;
  /** A date (the latest review on or before it) or a review id `YYYY-MM-DD-N` (`-1`: the day's first); undefined means the latest review. */
  readonly since: string | undefined;
  readonly json: boolean;
  /** The review date, `YYYY-MM-DD`: `--as-of`, else today. */
  readonly asOf: string;
}

export interface GenerateCommand {
  readonly kind: 'generate';
  /** The workspace folder to write `deals/` into, as the user typed it. */
  readonly folder: string;
  readonly deals: number;
  readonly seed: number;
  /** The base day of every generated date. */
  readonly asOf: string;
  /** `--people N`: every deal has N people; absent, each deal draws 3 to 60. */
  readonly people?: number;
}

export type CliCommand =
  | ReportCommand
  | ReviewCommand
  | GenerateCommand
  | ImportCommand
  | ExportCsvCommand
  | TeamCommand
  | PackCommand
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

/** The most deals one run generates; more is a typo, not a pipeline. */
export const MAX_GENERATED_DEALS = 100_000;
const MAX_SEED = 0xffff_ffff;

const DATE: OptionSpec = { kind: 'value', needs: 'a date as YYYY-MM-DD' };
const JSON_FLAG: OptionSpec = { kind: 'flag' };

class UsageError extends Error {}

/** The message for a `--since` that is neither a date nor a review id. */
export function sinceUsageError(since: string): string {
  return `--since expects a date (YYYY-MM-DD) or a review id (YYYY-MM-DD-N, -1 for the first of the day), got "${since}".`;
}

function dateOption(args: ScannedArgs, name: string): string | undefined {
  const value = args.values.get(name);
  if (value !== undefined && dayNumber(value) === null) {
    throw new UsageError(`${name} expects a real date as YYYY-MM-DD, got "${value}".`);
  }
  return value;
}

function wholeNumber(args: ScannedArgs, name: string, min: number, max: number): number | undefined {
  const value = args.values.get(name);
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw new UsageError(`${name} expects a whole number from ${min} to ${max}, got "${value}".`);
  }
  return number;
}

/** `what` names the argument; `purpose` ends the message when it is missing. */
function onePositional(args: ScannedArgs, what: string, purpose: string): string {
  const [first, ...more] = args.positionals;
  if (first === undefined) throw new UsageError(`Missing the ${what} ${purpose}.`);
  if (more.length > 0) throw new UsageError(`Expected one ${what}, got ${args.positionals.length}.`);
  return first;
}

function parseReport(args: ScannedArgs): ReportCommand {
  const asOf = dateOption(args, '--as-of');
  const target = onePositional(args, 'workspace folder or deal file', 'to report on');
  return { kind: 'report', target, json: args.flags.has('--json'), asOf };
}

function parseReview(args: ScannedArgs, today: string): ReviewCommand {
  const asOf = dateOption(args, '--as-of') ?? today;
  const since = args.values.get('--since');
  if (since !== undefined && !isReviewSince(since)) throw new UsageError(sinceUsageError(since));
  const workspace = onePositional(args, 'workspace folder', 'to review');
  return { kind: 'review', workspace, since, json: args.flags.has('--json'), asOf };
}

function parseGenerate(args: ScannedArgs): GenerateCommand {
  const deals = wholeNumber(args, '--deals', 1, MAX_GENERATED_DEALS);
  if (deals === undefined) throw new UsageError('generate needs --deals N, the number of deals to write.');
  const seed = wholeNumber(args, '--seed', 0, MAX_SEED) ?? DEFAULT_GENERATE_SEED;
  const asOf = dateOption(args, '--as-of') ?? DEFAULT_GENERATE_AS_OF;
  const people = wholeNumber(args, '--people', BUYING_CENTER_SIZES.min, BUYING_CENTER_SIZES.max);
  const folder = onePositional(args, 'workspace folder', 'to generate the deals in');
  return { kind: 'generate', folder, deals, seed, asOf, ...(people === undefined ? {} : { people }) };
}

const COMMANDS = {
  report: { options: { '--json': JSON_FLAG, '--as-of': DATE }, parse: parseReport },
  review: {
    options: { '--json': JSON_FLAG, '--as-of': DATE, '--since': { kind: 'value', needs: 'a review id or a date as YYYY-MM-DD' } },
    parse: parseReview,
  },
  generate: {
    options: {
      '--deals': { kind: 'value', needs: 'a number of deals' },
      '--seed': { kind: 'value', needs: 'a number' },
      '--people': { kind: 'value', needs: 'a number of people' },
      '--as-of': DATE,
    },
    parse: parseGenerate,
  },
  import: { options: IMPORT_OPTIONS, parse: parseImport },
  export: { options: { '--as-of': DATE }, parse: parseExport },
  ...TEAM_COMMANDS,
  pack: { options: PACK_OPTIONS, parse: parsePack },
} satisfies Record<string, { options: Record<string, OptionSpec>; parse: (args: ScannedArgs, today: string) => CliCommand }>;

function isCommandName(name: string): name is keyof typeof COMMANDS {
  return Object.hasOwn(COMMANDS, name);
}

/** `today` (`YYYY-MM-DD`) is the review date when `--as-of` is not given. */
export function parseCliArgs(argv: readonly string[], today: string): CliCommand {
  const [name, ...rest] = argv;
  if (name === undefined) return { kind: 'usage-error', message: 'Missing command.' };
  if (name === 'help' || name === '--help' || name === '-h') return { kind: 'help' };
  if (!isCommandName(name)) return { kind: 'usage-error', message: `Unknown command "${name}".` };
  const command = COMMANDS[name];
  const scanned = scanOptions(rest, command.options);
  if (!scanned.ok) return { kind: 'usage-error', message: scanned.message };
  if (scanned.args.help) return { kind: 'help' };
  try {
    return command.parse(scanned.args, today);
  } catch (error) {
    const usage = [UsageError, ImportUsageError, TeamUsageError, PackUsageError].some((kind) => error instanceof kind);
    if (usage) return { kind: 'usage-error', message: (error as Error).message };
    throw error;
  }
}
