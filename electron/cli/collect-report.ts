// Reads a workspace folder or one deal file and qualifies every readable deal as of a review date.
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { qualifyDeal } from '../../shared/engine/qualify-deal';
import type { GapCode, GapSeverity, QualificationStage } from '../../shared/engine/types';
import type { Deal } from '../../shared/model/deal-schema';
import { listWorkspaceDeals } from '../services/list-deals';
import { readDealFile } from '../services/read-deal-file';
import { dealsFolder } from '../services/workspace-paths';

export interface ReportedGap {
  readonly code: GapCode;
  readonly severity: GapSeverity;
  readonly message: string;
  readonly stakeholderIds: readonly string[];
}

export interface ReportedDeal {
  readonly id: string;
  readonly name: string;
  readonly stage: QualificationStage;
  readonly score: number;
  readonly gaps: readonly ReportedGap[];
}

/** The `--json` document, field for field. */
export interface DealReport {
  readonly deals: readonly ReportedDeal[];
  readonly errors: readonly { readonly file: string; readonly message: string }[];
}

/** A target the report cannot start on at all: a usage error, not a deal error. */
export class ReportTargetError extends Error {}

function reportDeal(deal: Deal, asOf: string): ReportedDeal {
  const { stage, score, gaps } = qualifyDeal(deal, { asOf });
  return {
    id: deal.id,
    name: deal.name,
    stage,
    score,
    gaps: gaps.map(({ code, severity, message, stakeholderIds }) => ({ code, severity, message, stakeholderIds })),
  };
}

async function kindOf(path: string): Promise<'file' | 'folder' | 'missing'> {
  const info = await stat(path).catch(() => null);
  if (info === null) return 'missing';
  return info.isDirectory() ? 'folder' : 'file';
}

/** `target` as the user typed it, resolved against `cwd`; file names in errors keep the user's spelling. */
export async function collectReport(target: string, cwd: string, asOf: string): Promise<DealReport> {
  const path = resolve(cwd, target);
  const kind = await kindOf(path);
  if (kind === 'missing') throw new ReportTargetError(`No such file or folder: ${target}`);
  if (kind === 'file') {
    const read = await readDealFile(path, target);
    if (read.kind === 'missing') throw new ReportTargetError(`No such file: ${target}`);
    return read.kind === 'deal'
      ? { deals: [reportDeal(read.deal, asOf)], errors: [] }
      : { deals: [], errors: [{ file: read.problem.file, message: read.problem.message }] };
  }
  if ((await kindOf(dealsFolder(path))) !== 'folder') {
    const hint = basename(path) === 'deals' ? '; pass the folder that contains deals/' : '';
    throw new ReportTargetError(`${target} is not a Dealmap workspace: it has no deals/ folder${hint}.`);
  }
  const listing = await listWorkspaceDeals(path);
  return {
    deals: listing.deals.map((deal) => reportDeal(deal, asOf)),
    errors: listing.problems.map(({ file, message }) => ({ file, message })),
  };
}
