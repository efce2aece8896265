// Reads a workspace folder or one deal file and qualifies every readable deal as of a review date.
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import {
  defaultWorkspaceSettings,
  WORKSPACE_SETTINGS_FILE,
  type WorkspaceSettings,
} from '../../shared/settings/workspace-settings';
import { listWorkspaceDeals } from '../services/list-deals';
import { readDealFile } from '../services/read-deal-file';
import { readWorkspaceSettings } from '../services/settings-store';
import { DEALS_FOLDER, dealsFolder } from '../services/workspace-paths';
import { reportDeal, type DealReading, type ReportedDeal } from './report-deal';
import { topActions, type TopAction } from './top-actions';

export { TOP_ACTIONS, type TopAction } from './top-actions';
export { REPORTED_ACTIONS, type ReportedAction, type ReportedCriterion, type ReportedDeal, type ReportedGap } from './report-deal';

export interface ReportError {
  readonly file: string;
  readonly message: string;
}

/** The `--json` document, field for field. */
export interface DealReport {
  readonly deals: readonly ReportedDeal[];
  /** The TOP_ACTIONS heaviest actions of all open deals, by weight (amount factor included). */
  readonly topActions: readonly TopAction[];
  readonly errors: readonly ReportError[];
}

function reportOf(readings: readonly DealReading[], errors: readonly ReportError[]): DealReport {
  return {
    deals: readings.map((reading) => reading.reported),
    topActions: topActions(readings.map(({ reported, ranked }) => ({ dealId: reported.id, ranked }))),
    errors,
  };
}

/** A target the report cannot start on at all: a usage error, not a deal error. */
export class ReportTargetError extends Error {}

async function kindOf(path: string): Promise<'file' | 'folder' | 'missing'> {
  const info = await stat(path).catch(() => null);
  if (info === null) return 'missing';
  return info.isDirectory() ? 'folder' : 'file';
}

interface SettingsRead {
  readonly settings: WorkspaceSettings;
  readonly errors: readonly ReportError[];
}

/**
 * The workspace's settings (defaults without a settings file). A file that cannot be read is
 * reported as an error and the defaults are used, so the deals are still reported.
 */
async function readSettings(workspace: string | null): Promise<SettingsRead> {
  if (workspace === null) return { settings: defaultWorkspaceSettings(), errors: [] };
  try {
    return { settings: await readWorkspaceSettings(workspace), errors: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `${reason} This report uses the default settings.`;
    return { settings: defaultWorkspaceSettings(), errors: [{ file: WORKSPACE_SETTINGS_FILE, message }] };
  }
}

/** A deal file inside `<workspace>/deals/` belongs to that workspace and reads its settings. */
function workspaceOfDealFile(path: string): string | null {
  const folder = dirname(path);
  return basename(folder) === DEALS_FOLDER ? dirname(folder) : null;
}

/** `target` as the user typed it, resolved against `cwd`; file names in errors keep the user's spelling. */
export async function collectReport(target: string, cwd: string, asOf: string): Promise<DealReport> {
  const path = resolve(cwd, target);
  const kind = await kindOf(path);
  if (kind === 'missing') throw new ReportTargetError(`No such file or folder: ${target}`);
  if (kind === 'file') {
    const read = await readDealFile(path, target);
    if (read.kind === 'missing') throw new ReportTargetError(`No such file: ${target}`);
    if (read.kind !== 'deal') return reportOf([], [{ file: read.problem.file, message: read.problem.message }]);
    const { settings, errors } = await readSettings(workspaceOfDealFile(path));
    return reportOf([reportDeal(read.deal, asOf, settings)], errors);
  }
  if ((await kindOf(dealsFolder(path))) !== 'folder') {
    const hint = basename(path) === 'deals' ? '; pass the folder that contains deals/' : '';
    throw new ReportTargetError(`${target} is not a Dealmap workspace: it has no deals/ folder${hint}.`);
  }
  const { settings, errors } = await readSettings(path);
  const listing = await listWorkspaceDeals(path);
  return reportOf(
    listing.deals.map((deal) => reportDeal(deal, asOf, settings)),
    [...errors, ...listing.problems.map(({ file, message }) => ({ file, message }))],
  );
}
