// Prints the review pack's HTML page to PDF in a hidden, sandboxed window with JavaScript off and no way out.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type Session, type WebContents } from 'electron';
import { printableHtmlProblem } from '../shared/export/printable-html-check';
import { REVIEW_PACK_PAGE_POLICY } from '../shared/export/review-pack-html';
import { messageRef } from '../shared/i18n/message-ref';
import { DealmapApiError } from './services/dealmap-api-error';
import type { PdfPrinter } from './services/export/export-services';
import { installSessionGuards } from './session-guards';

/** An in-memory session of its own: the printed page shares no storage with the app's page. */
export const PDF_PARTITION = 'dealmap-pdf';

/** The print window may load the one page being printed and nothing else. */
function guardPrintSession(printSession: Session, allowed: ReadonlySet<string>): void {
  installSessionGuards(printSession, REVIEW_PACK_PAGE_POLICY);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowed.has(details.url) }));
}

function guardPrintContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * The page goes through a temporary file rather than a data: URL, which Chromium caps at 2 MB; the
 * file and the window are gone once the PDF is made.
 */
export function createPdfPrinter(): PdfPrinter {
  const allowed = new Set<string>();
  let printSession: Session | null = null;
  return async (html) => {
    // The page comes from the renderer: on top of the session's guards, refuse what could load anything at all.
    const problem = printableHtmlProblem(html);
    if (problem !== null) {
      throw new DealmapApiError('invalid-payload', messageRef('host.pdf.review-not-printed', { problem }));
    }
    if (printSession === null) {
      printSession = session.fromPartition(PDF_PARTITION);
      guardPrintSession(printSession, allowed);
    }
    const folder = await mkdtemp(join(tmpdir(), 'dealmap-pdf-'));
    const file = join(folder, 'review-pack.html');
    const url = pathToFileURL(file).href;
    let window: BrowserWindow | null = null;
    try {
      await writeFile(file, html, 'utf8');
      allowed.add(url);
      window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: printSession,
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          webviewTag: false,
          images: true,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      guardPrintContents(window.webContents);
      await window.loadFile(file);
      return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true, generateTaggedPDF: true });
    } finally {
      allowed.delete(url);
      if (window !== null && !window.isDestroyed()) window.destroy();
      await rm(folder, { recursive: true, force: true });
    }
  };
}
