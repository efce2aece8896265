// The PDF printer's hidden window, with `electron` faked: locked down, JavaScript off, nothing but the page loaded, nothing left behind.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPdfPrinter, PDF_PARTITION } from '../../../electron/pdf-printer';
import { callApi } from '../../../electron/services/api-dispatch';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { REVIEW_PACK_PAGE_POLICY, reviewPackHtml } from '../../../shared/export/review-pack-html';
import { packInput } from '../../shared/export/review-pack-fixture';
import { useTempWorkspace } from '../../support/temp-workspace';
import { FakePrintWindow, printState, resetFakePrint } from './fake-print-electron';

vi.mock('electron', async () => (await import('./fake-print-electron')).fakePrintElectron);

const workspace = useTempWorkspace();

beforeEach(() => resetFakePrint());

function onlyWindow(): FakePrintWindow {
  const [window] = FakePrintWindow.instances;
  if (!window || FakePrintWindow.instances.length !== 1) throw new Error('expected exactly one print window');
  return window;
}

describe('createPdfPrinter', () => {
  it('prints in a hidden, sandboxed window of its own session with JavaScript off and no preload', async () => {
    const pdf = await createPdfPrinter()('<!doctype html><p>Pack</p>');
    expect(Buffer.from(pdf).toString('utf8')).toMatch(/^%PDF-1\.7/);
    const window = onlyWindow();
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false },
    });
    expect(window.options.webPreferences.preload).toBeUndefined();
    expect(window.options.webPreferences.session).toBe(printState.sessions.get(PDF_PARTITION));
    expect(window.webContents.printOptions).toMatchObject({ printBackground: true, pageSize: 'A4' });
    expect(window.destroyed).toBe(true);
  });

  it('loads the page from a temporary file, past the 2 MB a data: URL allows, and removes it afterwards', async () => {
    const html = '<!doctype html><p>Pack with many maps</p>'.padEnd(3_000_000, ' ');
    await createPdfPrinter()(html);
    expect(printState.loadedHtml).toBe(html);
    await expect(access(onlyWindow().loadedFile ?? '')).rejects.toThrow();
  });

  it('lets the print session load that page alone, grants nothing, and sets the page policy', async () => {
    const answers: Record<string, boolean> = {};
    printState.read = async (file) => {
      const listener = printState.sessions.get(PDF_PARTITION)?.requestListener;
      for (const url of [pathToFileURL(file).href, 'https://tracker.example/pixel.png', pathToFileURL('/etc/passwd').href]) {
        listener?.({ url }, ({ cancel }) => (answers[url.startsWith('https') ? 'web' : url.endsWith('passwd') ? 'other file' : 'page'] = !cancel));
      }
      return readFile(file, 'utf8');
    };
    await createPdfPrinter()('<p>x</p>');
    expect(answers).toEqual({ page: true, web: false, 'other file': false });
    const session = printState.sessions.get(PDF_PARTITION);
    let granted: boolean | null = null;
    session?.permissionHandler?.(null, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
    let policy: string[] | undefined;
    session?.headersListener?.({}, (response) => (policy = response.responseHeaders?.['Content-Security-Policy']));
    expect(policy).toEqual([REVIEW_PACK_PAGE_POLICY]);
  });

  it('blocks navigation, redirects, webviews and pop-ups in the print window', async () => {
    await createPdfPrinter()('<p>x</p>');
    const contents = onlyWindow().webContents;
    for (const eventName of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contents.emit(eventName, { preventDefault: () => (prevented = true) });
      expect(prevented).toBe(true);
    }
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('closes the window and removes the file when printing fails', async () => {
    printState.read = () => Promise.reject(new Error('renderer crashed'));
    await expect(createPdfPrinter()('<p>x</p>')).rejects.toThrow('renderer crashed');
    const window = onlyWindow();
    expect(window.destroyed).toBe(true);
    await expect(access(window.loadedFile ?? '')).rejects.toThrow();
  });

  it('refuses a page holding anything the review pack never emits that could load content, before opening a window', async () => {
    const attempt = createPdfPrinter()('<!doctype html><p>Pack</p><iframe src="file:///etc/passwd"></iframe>');
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid-payload',
      message: 'The review pack was not printed: it holds <iframe>, which could load other content. Export it again from the review pack.',
    });
    expect(FakePrintWindow.instances).toEqual([]);
    expect(printState.loadedHtml).toBe('');
  });

  it('says so through exportReviewPdf, and writes no export folder', async () => {
    const services = createDealmapServices({ workspace: workspace(), printPdf: createPdfPrinter() });
    const html = '<p>Pack</p><img src="https://tracker.example/pixel.png">';
    const result = await callApi(services, 'exportReviewPdf', { folderName: 'review-pack-2027-01-15', html });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-payload',
        message: 'The review pack was not printed: its <img> has src= pointing outside the page. Export it again from the review pack.',
        messageRef: { id: 'host.pdf.review-not-printed' },
      },
    });
    await expect(access(join(workspace(), 'exports'))).rejects.toThrow();
  });

  it('prints the real review pack page', async () => {
    await createPdfPrinter()(reviewPackHtml(packInput({ withReview: true })));
    expect(printState.loadedHtml).toContain('<h2>Deals</h2>');
  });

  it('is what exportReviewPdf prints with in the desktop app: the PDF lands in the exports folder', async () => {
    const services = createDealmapServices({ workspace: workspace(), printPdf: createPdfPrinter() });
    const result = await services.exportReviewPdf({ folderName: 'review-pack-2027-01-15', html: '<p>Pack</p>' });
    expect(result.folder).toBe(join(workspace(), 'exports', 'review-pack-2027-01-15'));
    expect(await readFile(join(result.folder, 'review-pack.pdf'), 'utf8')).toMatch(/^%PDF-1\.7 printed/);
  });
});
