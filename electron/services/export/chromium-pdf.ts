// Prints a pack page to PDF on the server side with headless Chromium through playwright-core, where both are present.
import { existsSync } from 'node:fs';
import { printableHtmlProblem } from '../../../shared/export/printable-html-check';
import { messageRef } from '../../../shared/i18n/message-ref';
import { DealmapApiError } from '../dealmap-api-error';
import type { PdfPrinter } from './export-services';

/** Where a Chromium is looked for: `DEALMAP_CHROMIUM`, then the usual system paths. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env['DEALMAP_CHROMIUM'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path): path is string => typeof path === 'string' && path !== '' && existsSync(path)) ?? null;
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * A printer, or null when playwright-core (a development dependency) or a Chromium is missing: then
 * the caller says plainly that the browser's print dialog makes the PDF. The page is checked as the
 * desktop printer checks it, printed with JavaScript off, and every request but none is refused.
 */
export async function chromiumPdfPrinter(env: NodeJS.ProcessEnv = process.env): Promise<PdfPrinter | null> {
  const executablePath = chromiumPath(env);
  if (executablePath === null) return null;
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    return null;
  }
  return async (html) => {
    const problem = printableHtmlProblem(html);
    if (problem !== null) throw new DealmapApiError('invalid-payload', messageRef('host.pdf.not-printed', { problem }));
    const browser = await playwright.chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true }));
    } finally {
      await browser.close();
    }
  };
}

/**
 * The browser host's printer: looks for Chromium on the first print. Without one it refuses with
 * `forbidden`, and the page falls back to the browser's print dialog and says so.
 */
export function serverPdfPrinter(env: NodeJS.ProcessEnv = process.env): PdfPrinter {
  let printer: Promise<PdfPrinter | null> | null = null;
  return async (html) => {
    printer ??= chromiumPdfPrinter(env);
    const print = await printer;
    if (print === null) {
      throw new DealmapApiError('forbidden', messageRef('host.pdf.no-chromium-host'));
    }
    return print(html);
  };
}
