// The one-to-one pack's files in one format, written into a new folder that never overwrites an earlier pack.
import type { ExportedFiles } from '../../../shared/api/contract';
import { ownerPackHtml } from '../../../shared/export/review-pack-owner-html';
import type { OwnerPackInput } from '../../../shared/export/review-pack-owner-input';
import { OWNER_PACK_FILE, ownerPackFolderName, ownerPackMarkdown } from '../../../shared/export/review-pack-owner-markdown';
import { messageRef } from '../../../shared/i18n/message-ref';
import { DealmapApiError } from '../dealmap-api-error';
import type { PdfPrinter } from './export-services';
import { writeFolderUnder, type ExportFileBytes } from './export-folder';

export type OwnerPackFormat = 'md' | 'html' | 'pdf';

/** A pack of many map pictures may be larger than one export from a page. */
const MAX_PACK_BYTES = 64 * 1024 * 1024;

const utf8 = (name: string, content: string): ExportFileBytes => ({ name, bytes: Buffer.from(content, 'utf8') });

/** The files of the pack; PDF needs a printer and says how to get one without it. */
export async function ownerPackFiles(input: OwnerPackInput, format: OwnerPackFormat, printPdf: PdfPrinter | null): Promise<ExportFileBytes[]> {
  if (format === 'md') {
    const { markdown, files } = ownerPackMarkdown(input);
    return [utf8(`${OWNER_PACK_FILE}.md`, markdown), ...files.map((file) => utf8(file.name, file.content))];
  }
  const html = ownerPackHtml(input);
  if (format === 'html') return [utf8(`${OWNER_PACK_FILE}.html`, html)];
  if (printPdf === null) {
    throw new DealmapApiError('forbidden', messageRef('host.pdf.no-chromium-cli'));
  }
  return [{ name: `${OWNER_PACK_FILE}.pdf`, bytes: await printPdf(html) }];
}

/** Into `<parent>/one-to-one-<owner>-<date>[-N]/`. */
export async function writeOwnerPack(parent: string, input: OwnerPackInput, format: OwnerPackFormat, printPdf: PdfPrinter | null): Promise<ExportedFiles> {
  const files = await ownerPackFiles(input, format, printPdf);
  return writeFolderUnder(parent, ownerPackFolderName(input.plan.owner, input.asOf), files, MAX_PACK_BYTES);
}
