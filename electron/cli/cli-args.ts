// Parses `dealmap report <workspace-folder|deal-file> [--json] [--as-of YYYY-MM-DD]`.
import { dayNumber } from '../../shared/engine/review-date';

export const CLI_USAGE = [
  'Usage: npm run dealmap -- report <workspace-folder|deal-file> [--json] [--as-of YYYY-MM-DD]',
  '',
  '  report     qualify every deal of a workspace (or one deal file) and list stage, score and gaps',
  '  --json     print one JSON document: {"deals":[...],"errors":[...]}',
  '  --as-of    the review date for staleness; defaults to today',
  '',
  'Exit status: 0 all files read, 1 some deal files could not be read, 2 usage error.',
].join('\n');

export interface ReportCommand {
  readonly kind: 'report';
  readonly target: string;
  readonly json: boolean;
  /** Undefined means today. */
  readonly asOf: string | undefined;
}

export type CliCommand =
  | ReportCommand
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

function usageError(message: string): CliCommand {
  return { kind: 'usage-error', message };
}

export function parseCliArgs(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('Missing command.');
  if (command === 'help' || command === '--help' || command === '-h') return { kind: 'help' };
  if (command !== 'report') return usageError(`Unknown command "${command}".`);

  let json = false;
  let asOf: string | undefined;
  const paths: string[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') return { kind: 'help' };
    else if (arg === '--as-of' || arg.startsWith('--as-of=')) {
      const value = arg === '--as-of' ? rest[(index += 1)] : arg.slice('--as-of='.length);
      if (value === undefined) return usageError('--as-of needs a date as YYYY-MM-DD.');
      if (dayNumber(value) === null) return usageError(`--as-of expects a real date as YYYY-MM-DD, got "${value}".`);
      asOf = value;
    } else if (arg.startsWith('-') && arg !== '-') return usageError(`Unknown option "${arg}".`);
    else paths.push(arg);
  }
  if (paths.length === 0) return usageError('Missing the workspace folder or deal file to report on.');
  if (paths.length > 1) return usageError(`Expected one workspace folder or deal file, got ${paths.length}.`);
  return { kind: 'report', target: paths[0] ?? '', json, asOf };
}
