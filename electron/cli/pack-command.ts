// `dealmap pack <workspace> --owner NAME ...`: the one-to-one pack for one account executive, as Markdown, HTML or PDF.
import { serviceErrorText } from './service-error-text';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createDealmapServices } from '../services/dealmap-services';
import { DealmapApiError } from '../services/dealmap-api-error';
import { chromiumPdfPrinter } from '../services/export/chromium-pdf';
import { ownerPackInput } from '../services/export/owner-pack';
import { writeOwnerPack } from '../services/export/owner-pack-files';
import { dealsFolder } from '../services/workspace-paths';
import { dealmapIntl, messageRef, renderMessage, type Language } from '../../shared/i18n';
import type { CliIo } from './cli-io';
import type { PackCommand } from './pack-args';

/** Exit statuses: 0 written, 1 the pack could not be made (no PDF printer, a write failed), 2 usage error, no such owner or review. */
export async function runPackCommand(command: PackCommand, io: CliIo, cwd: string, language: Language = 'en'): Promise<number> {
  const intl = dealmapIntl(language);
  const workspace = resolve(cwd, command.workspace);
  const info = await stat(dealsFolder(workspace)).catch(() => null);
  if (!info?.isDirectory()) {
    io.stderr.write(`dealmap: ${renderMessage(intl, messageRef('cli-commands.not-workspace', { workspace: command.workspace }))}\n`);
    return 2;
  }
  const started = Date.now();
  try {
    const services = createDealmapServices({ workspace });
    const input = await ownerPackInput(services, {
      owner: command.owner,
      asOf: command.asOf,
      ...(command.since === undefined ? {} : { since: command.since }),
    });
    const printer = command.format === 'pdf' ? await chromiumPdfPrinter() : null;
    const written = await writeOwnerPack(resolve(cwd, command.outDir), { ...input, language }, command.format, printer);
    const seconds = intl.formatNumber((Date.now() - started) / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const values = { owner: input.plan.owner, deals: input.plan.rows.length, pages: input.sections.length, table: input.plan.tableIds.length, folder: written.folder, files: written.files.length, seconds };
    io.stdout.write(`${renderMessage(intl, messageRef('cli-commands.pack.wrote', values))}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof DealmapApiError)) throw error;
    io.stderr.write(`dealmap: ${serviceErrorText(intl, error)}\n`);
    return error.code === 'not-found' ? 2 : 1;
  }
}
