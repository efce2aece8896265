// Parses `dealmap <report|review|generate|import|export|pack> ...` into one typed command, or a usage error.
import { dayNumber } from '../../shared/engine/review-date';
import { isReviewSince } from '../../shared/review/review-ids';
import { BUYING_CENTER_SIZES, DEFAULT_GENERATE_AS_OF, DEFAULT_GENERATE_SEED } from '../services/generate';
import { dealmapIntl, messageRef, renderMessage, type DealmapIntl, type MessageRef } from '../../shared/i18n';
import { scanOptions, type OptionSpec, type ScannedArgs } from './cli-options';
import { CliUsageError, needs, usage } from './cli-usage-error';
import { PACK_OPTIONS, parsePack, type PackCommand } from './pack-args';
import { IMPORT_OPTIONS, parseExport, parseImport, type ExportCsvCommand, type ImportCommand } from './import-args';
import { TEAM_COMMANDS, type TeamCommand } from './team-args';

export { CLI_USAGE, cliUsage } from './cli-usage';

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

const DATE: OptionSpec = { kind: 'value', needs: needs('date') };
const JSON_FLAG: OptionSpec = { kind: 'flag' };

/** The message for a `--since` that is neither a date nor a review id. */
export function sinceUsageError(since: string): MessageRef {
  return messageRef('cli-usage.error.since', { since });
}

function dateOption(args: ScannedArgs, name: string): string | undefined {
  const value = args.values.get(name);
  if (value !== undefined && dayNumber(value) === null) throw usage('error.date', { name, value });
  return value;
}

function wholeNumber(args: ScannedArgs, name: string, min: number, max: number): number | undefined {
  const value = args.values.get(name);
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max)) {
    throw usage('error.whole-number', { name, min: String(min), max: String(max), value });
  }
  return number;
}

/** The one folder or file `command` takes. */
function onePositional(args: ScannedArgs, command: 'report' | 'review' | 'generate'): string {
  const [first, ...more] = args.positionals;
  if (first === undefined) throw usage(`error.missing.${command}`);
  if (more.length > 0) throw usage(`error.extra.${command}`, { count: args.positionals.length });
  return first;
}

function parseReport(args: ScannedArgs): ReportCommand {
  const asOf = dateOption(args, '--as-of');
  const target = onePositional(args, 'report');
  return { kind: 'report', target, json: args.flags.has('--json'), asOf };
}

function parseReview(args: ScannedArgs, today: string): ReviewCommand {
  const asOf = dateOption(args, '--as-of') ?? today;
  const since = args.values.get('--since');
  if (since !== undefined && !isReviewSince(since)) throw new CliUsageError(sinceUsageError(since));
  const workspace = onePositional(args, 'review');
  return { kind: 'review', workspace, since, json: args.flags.has('--json'), asOf };
}

function parseGenerate(args: ScannedArgs): GenerateCommand {
  const deals = wholeNumber(args, '--deals', 1, MAX_GENERATED_DEALS);
  if (deals === undefined) throw usage('error.generate-deals');
  const seed = wholeNumber(args, '--seed', 0, MAX_SEED) ?? DEFAULT_GENERATE_SEED;
  const asOf = dateOption(args, '--as-of') ?? DEFAULT_GENERATE_AS_OF;
  const people = wholeNumber(args, '--people', BUYING_CENTER_SIZES.min, BUYING_CENTER_SIZES.max);
  const folder = onePositional(args, 'generate');
  return { kind: 'generate', folder, deals, seed, asOf, ...(people === undefined ? {} : { people }) };
}

const COMMANDS = {
  report: { options: { '--json': JSON_FLAG, '--as-of': DATE }, parse: parseReport },
  review: {
    options: { '--json': JSON_FLAG, '--as-of': DATE, '--since': { kind: 'value', needs: needs('since') } },
    parse: parseReview,
  },
  generate: {
    options: {
      '--deals': { kind: 'value', needs: needs('deals') },
      '--seed': { kind: 'value', needs: needs('number') },
      '--people': { kind: 'value', needs: needs('people') },
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

/** `today` (`YYYY-MM-DD`) is the review date when `--as-of` is not given; a usage error reads in `intl`'s language. */
export function parseCliArgs(argv: readonly string[], today: string, intl: DealmapIntl = dealmapIntl('en')): CliCommand {
  const error = (ref: MessageRef): CliCommand => ({ kind: 'usage-error', message: renderMessage(intl, ref) });
  const [name, ...rest] = argv;
  if (name === undefined) return error(messageRef('cli-usage.error.missing-command'));
  if (name === 'help' || name === '--help' || name === '-h') return { kind: 'help' };
  if (!isCommandName(name)) return error(messageRef('cli-usage.error.unknown-command', { name }));
  const command = COMMANDS[name];
  const scanned = scanOptions(rest, command.options);
  if (!scanned.ok) return error(scanned.message);
  if (scanned.args.help) return { kind: 'help' };
  try {
    return command.parse(scanned.args, today);
  } catch (thrown) {
    if (thrown instanceof CliUsageError) return error(thrown.ref);
    throw thrown;
  }
}
