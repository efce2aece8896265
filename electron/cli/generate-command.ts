// `dealmap generate`: writes a seeded, realistic workspace of N deals and says where.
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DealFileExistsError, generateDeals, writeGeneratedWorkspace } from '../services/generate';
import { DEALS_FOLDER } from '../services/workspace-paths';
import type { GenerateCommand } from './cli-args';
import type { CliIo } from './cli-io';

/** Exit statuses: 0 written, 1 nothing written because a deal file exists (or a write failed). */
export async function runGenerateCommand(command: GenerateCommand, io: CliIo, cwd: string): Promise<number> {
  const start = performance.now();
  const deals = generateDeals({ deals: command.deals, seed: command.seed, asOf: command.asOf, ...(command.people === undefined ? {} : { people: command.people }) });
  try {
    await writeGeneratedWorkspace(resolve(cwd, command.folder), deals);
  } catch (error) {
    if (error instanceof DealFileExistsError) {
      io.stderr.write(
        `dealmap: ${error.file} already exists in ${command.folder}; nothing was written. ` +
          'Generate into an empty folder, or pick another one.\n',
      );
      return 1;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`dealmap: could not write the deals into ${command.folder}: ${reason}\n`);
    return 1;
  }
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  io.stdout.write(
    `Wrote ${deals.length} deals to ${join(command.folder, DEALS_FOLDER)} (seed ${command.seed}, as of ${command.asOf}) in ${seconds} s.\n`,
  );
  return 0;
}
