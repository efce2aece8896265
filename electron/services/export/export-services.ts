// The export functions of the API: files from the page, and the review pack printed to PDF where a printer is given.
import { messageRef } from '../../../shared/i18n/message-ref';
import type { DealmapServices } from '../../../shared/api/contract';
import { DealmapApiError } from '../dealmap-api-error';
import { writeExportFolder, type ExportFileBytes } from './export-folder';

/** Prints a self-contained HTML page to PDF bytes: Electron's in the desktop shell, headless Chromium's in the browser host where there is one. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export const REVIEW_PACK_PDF_FILE = 'review-pack.pdf';
/** A printed pack is made on this side, not sent by the page, so it may be larger than a page's export. */
const MAX_PDF_BYTES = 64 * 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decode(file: { readonly name: string; readonly content: string; readonly encoding: 'utf8' | 'base64' }): ExportFileBytes {
  if (file.encoding === 'utf8') return { name: file.name, bytes: Buffer.from(file.content, 'utf8') };
  if (file.content.length % 4 !== 0 || !BASE64.test(file.content)) {
    throw new DealmapApiError('invalid-payload', messageRef('host.export.bad-base64', { name: file.name }));
  }
  return { name: file.name, bytes: Buffer.from(file.content, 'base64') };
}

export function createExportServices(workspace: string, printPdf?: PdfPrinter): Pick<DealmapServices, 'exportFiles' | 'exportReviewPdf'> {
  return {
    exportFiles: ({ folderName, files }) => writeExportFolder(workspace, folderName, files.map(decode)),

    exportReviewPdf: async ({ folderName, html, fileName }) => {
      if (!printPdf) {
        throw new DealmapApiError('forbidden', messageRef('host.export.pdf-in-desktop'));
      }
      const bytes = await printPdf(html);
      return writeExportFolder(workspace, folderName, [{ name: fileName ?? REVIEW_PACK_PDF_FILE, bytes }], MAX_PDF_BYTES);
    },
  };
}
