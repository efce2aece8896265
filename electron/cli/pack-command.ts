// `dealmap pack <workspace> --owner NAME ...`: the one-to-one pack for one account executive, as Markdown, HTML or PDF.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createDealmapServices } from '../services/dealmap-services';
import { DealmapApiError } from '../services/dealmap-api-error';
import { chromiumPdfPrinter } from '../services/export/chromium-pdf';
import { ownerPackInput } from '../services/export/owner-pack';
import { writeOwnerPack } from '../services/export/owner-pack-files';
import { dealsFolder } from '../services/workspace-paths';
import type { Language } from '../../shared/i18n';
import type { CliIo } from './cli-io';
import type { PackCommand } from './pack-args';

/** Exit statuses: 0 written, 1 the pack could not be made (no PDF printer, a write failed), 2 usage error, no such owner or review. */
export async function runPackCommand(command: PackCommand, io: CliIo, cwd: string, language: Language = 'en'): Promise<number> {
  const workspace = resolve(cwd, command.workspace);
  const info = await stat(dealsFolder(workspace)).catch(() => null);
  if (!info?.isDirectory()) {
    io.stderr.write(`dealmap: ${command.workspace} is not a Dealmap workspace: it has no deals/ folder.\n`);
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
    const pages = input.sections.length;
    io.stdout.write(
      `One-to-one pack for ${input.plan.owner}: ${input.plan.rows.length} deals, ${pages} deal ${pages === 1 ? 'page' : 'pages'}, ` +
        `${input.plan.tableIds.length} in the table; written to ${written.folder} (${written.files.length} files) in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof DealmapApiError)) throw error;
    io.stderr.write(`dealmap: ${error.message}\n`);
    return error.code === 'not-found' ? 2 : 1;
  }
}
