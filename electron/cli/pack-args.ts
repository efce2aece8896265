// Parses `dealmap pack <workspace> --owner NAME [--since <review-id|date>] [--format md|html|pdf] [--as-of YYYY-MM-DD] <out-dir>`.
import { dayNumber } from '../../shared/engine/review-date';
import { isReviewSince } from '../../shared/review/review-ids';
import type { OptionSpec, ScannedArgs } from './cli-options';
import { needs, usage } from './cli-usage-error';

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

export const PACK_OPTIONS: Record<string, OptionSpec> = {
  '--owner': { kind: 'value', needs: needs('owner') },
  '--since': { kind: 'value', needs: needs('since') },
  '--format': { kind: 'value', needs: needs('format') },
  '--as-of': { kind: 'value', needs: needs('date') },
};

function isFormat(value: string): value is PackFormat {
  return (PACK_FORMATS as readonly string[]).includes(value);
}

export function parsePack(args: ScannedArgs, today: string): PackCommand {
  const owner = args.values.get('--owner')?.trim() ?? '';
  if (owner === '') throw usage('error.pack-owner');
  const since = args.values.get('--since');
  if (since !== undefined && !isReviewSince(since)) {
    throw usage('error.pack-since', { since });
  }
  const format = args.values.get('--format') ?? 'pdf';
  if (!isFormat(format)) throw usage('error.pack-format', { format });
  const asOf = args.values.get('--as-of') ?? today;
  if (dayNumber(asOf) === null) throw usage('error.date', { name: '--as-of', value: asOf });
  const [workspace, outDir, ...more] = args.positionals;
  if (workspace === undefined || outDir === undefined) throw usage('error.pack-folders');
  if (more.length > 0) throw usage('error.pack-extra', { count: args.positionals.length });
  return { kind: 'pack', workspace, outDir, owner, since, format, asOf };
}
