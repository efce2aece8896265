// Parses `dealmap pack <workspace> --owner NAME [--since <review-id|date>] [--format md|html|pdf] [--as-of YYYY-MM-DD] <out-dir>`.
import { dayNumber } from '../../shared/engine/review-date';
import { isReviewSince } from '../../shared/review/review-ids';
import type { OptionSpec, ScannedArgs } from './cli-options';

export const PACK_FORMATS = ['md', 'html', 'pdf'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

export interface PackCommand {
  readonly kind: 'pack';
  readonly workspace: string;
  /** The folder the pack's folder is written into, as the user typed it. */
  readonly outDir: string;
  readonly owner: string;
  readonly since: string | undefined;
  readonly format: PackFormat;
  readonly asOf: string;
}

export class PackUsageError extends Error {}

export const PACK_OPTIONS: Record<string, OptionSpec> = {
  '--owner': { kind: 'value', needs: 'the account executive, as the deals name them' },
  '--since': { kind: 'value', needs: 'a review id or a date as YYYY-MM-DD' },
  '--format': { kind: 'value', needs: 'md, html or pdf' },
  '--as-of': { kind: 'value', needs: 'a date as YYYY-MM-DD' },
};

function isFormat(value: string): value is PackFormat {
  return (PACK_FORMATS as readonly string[]).includes(value);
}

export function parsePack(args: ScannedArgs, today: string): PackCommand {
  const owner = args.values.get('--owner')?.trim() ?? '';
  if (owner === '') throw new PackUsageError('pack needs --owner NAME, the account executive the one-to-one is with.');
  const since = args.values.get('--since');
  if (since !== undefined && !isReviewSince(since)) {
    throw new PackUsageError(`--since expects a date (YYYY-MM-DD) or a review id (YYYY-MM-DD-N), got "${since}".`);
  }
  const format = args.values.get('--format') ?? 'pdf';
  if (!isFormat(format)) throw new PackUsageError(`--format expects md, html or pdf, got "${format}".`);
  const asOf = args.values.get('--as-of') ?? today;
  if (dayNumber(asOf) === null) throw new PackUsageError(`--as-of expects a real date as YYYY-MM-DD, got "${asOf}".`);
  const [workspace, outDir, ...more] = args.positionals;
  if (workspace === undefined || outDir === undefined) throw new PackUsageError('pack needs the workspace folder and the folder to write the pack into.');
  if (more.length > 0) throw new PackUsageError(`Expected a workspace folder and an output folder, got ${args.positionals.length} arguments.`);
  return { kind: 'pack', workspace, outDir, owner, since, format, asOf };
}
