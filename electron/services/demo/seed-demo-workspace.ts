// First run: fills a new workspace with the demo deals, and never touches one that has a deals/ folder.
import { randomBytes } from 'node:crypto';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { validateDeal } from '../../../shared/model/validation';
import { syncDirectory } from '../durable-file';
import { writeNewDeal } from '../deal-store';
import { localDate } from '../../../shared/model/local-date';
import { dealsFolder, DEALS_FOLDER } from '../workspace-paths';
import { buildDemoDeals } from './demo-deals';

export interface SeedDemoOptions {
  /** The seeding moment; demo dates are relative to its local calendar day. */
  readonly now?: () => Date;
}

export interface SeedDemoResult {
  /** False when the workspace already had a deals/ folder and was left alone. */
  readonly seeded: boolean;
  readonly dealIds: readonly string[];
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Writes the demo into `<workspace>/deals/` when that folder does not exist yet. The deals are
 * written to a hidden staging folder first and renamed into place, so a crash never leaves a
 * half-seeded workspace, and a deals/ folder that appears meanwhile is never replaced by one with deals in.
 */
export async function seedDemoWorkspace(
  workspace: string,
  options: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  if (await exists(dealsFolder(workspace))) return { seeded: false, dealIds: [] };
  const now = (options.now ?? (() => new Date()))();
  const deals = buildDemoDeals({ today: localDate(now), updatedAt: now.toISOString() });
  for (const deal of deals) {
    const validation = validateDeal(deal);
    if (!validation.ok) throw new Error(`Demo deal ${deal.id} is invalid: ${JSON.stringify(validation.issues)}`);
  }

  await mkdir(workspace, { recursive: true });
  const staging = join(workspace, `.${DEALS_FOLDER}.seeding-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    for (const deal of deals) await writeNewDeal(staging, deal);
    await rename(join(staging, DEALS_FOLDER), dealsFolder(workspace));
  } catch (error) {
    // Another process created deals/ first (ENOTEMPTY/EEXIST, EPERM on Windows): theirs wins.
    if (await exists(dealsFolder(workspace))) return { seeded: false, dealIds: [] };
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await syncDirectory(workspace);
  return { seeded: true, dealIds: deals.map((deal) => deal.id) };
}
