// `dealmap generate`: writes a seeded, realistic workspace of N deals and says where.
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DealFileExistsError, generateDeals, writeGeneratedWorkspace } from '../services/generate';
import { DEALS_FOLDER } from '../services/workspace-paths';
import type { GenerateCommand } from './cli-args';
import type { CliIo } from './cli-io';
import { dealmapIntl, messageRef, renderMessage, type Language } from '../../shared/i18n';

/** Exit statuses: 0 written, 1 nothing written because a deal file exists (or a write failed). */
export async function runGenerateCommand(command: GenerateCommand, io: CliIo, cwd: string, language: Language = 'en'): Promise<number> {
  const intl = dealmapIntl(language);
  const say = (id: string, values: Readonly<Record<string, string | number>>) => renderMessage(intl, messageRef(`cli-commands.generate.${id}`, values));
  const start = performance.now();
  const deals = generateDeals({ deals: command.deals, seed: command.seed, asOf: command.asOf, ...(command.people === undefined ? {} : { people: command.people }) });
  try {
    await writeGeneratedWorkspace(resolve(cwd, command.folder), deals);
  } catch (error) {
    if (error instanceof DealFileExistsError) {
      io.stderr.write(`dealmap: ${say('exists', { file: error.file, folder: command.folder })}\n`);
      return 1;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`dealmap: ${say('failed', { folder: command.folder, reason })}\n`);
    return 1;
  }
  const seconds = intl.formatNumber((performance.now() - start) / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const folder = join(command.folder, DEALS_FOLDER);
  io.stdout.write(`${say('wrote', { count: deals.length, folder, seed: String(command.seed), asOf: command.asOf, seconds })}\n`);
  return 0;
}
