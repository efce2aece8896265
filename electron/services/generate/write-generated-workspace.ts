// Writes generated deals into `<workspace>/deals/`, in parallel batches, never over an existing file.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import type { Deal } from '../../../shared/model/deal-schema';
import { isAlreadyExistsError } from '../durable-file';
import { serializeDeal } from '../deal-file-order';
import { dealFileLabel, dealFilePath, dealsFolder } from '../workspace-paths';

/** Files written at once: enough to keep the disk busy, few enough to stay under open-file limits. */
const BATCH_SIZE = 64;

/** Generation stopped because a deal file it would write is already there. */
export class DealFileExistsError extends Error {
  constructor(
    /** The deal file, as messages name it: `deals/<id>.json`. */
    readonly file: string,
  ) {
    super(`${file} already exists`);
  }
}

/**
 * Writes each deal as `deals/<id>.json`. When any of those files exists already, nothing is written
 * and DealFileExistsError names the first. Files are written plainly, not fsynced: a generated
 * workspace is reproducible from its seed, and speed matters for 5,000 deals.
 */
export async function writeGeneratedWorkspace(workspace: string, deals: readonly Deal[]): Promise<number> {
  const folder = dealsFolder(workspace);
  await mkdir(folder, { recursive: true });
  const existing = new Set(await readdir(folder));
  const clash = deals.find((deal) => existing.has(`${deal.id}.json`));
  if (clash !== undefined) throw new DealFileExistsError(dealFileLabel(clash.id));
  for (let start = 0; start < deals.length; start += BATCH_SIZE) {
    await Promise.all(
      deals.slice(start, start + BATCH_SIZE).map(async (deal) => {
        try {
          // 'wx' still refuses a file that appeared after the check above.
          await writeFile(dealFilePath(workspace, deal.id), serializeDeal(deal), { flag: 'wx' });
        } catch (error) {
          throw isAlreadyExistsError(error) ? new DealFileExistsError(dealFileLabel(deal.id)) : error;
        }
      }),
    );
  }
  return deals.length;
}
