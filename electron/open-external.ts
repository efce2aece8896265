// Opens a link the app produced in the system browser, only after the user said yes to that exact URL.
import { BrowserWindow, dialog, shell } from 'electron';
import { externalLinkProblem } from './security';

/** The button that opens the link; Cancel is the default, so Enter alone never opens anything. */
const OPEN_BUTTON = 0;

/**
 * Resolves to true once the link is handed to the browser. A link the app did not produce, or one
 * that is not plain https, is refused without asking and logged, as is a link the user declined.
 */
export async function openAppLink(window: BrowserWindow | null, url: string, frameName: string): Promise<boolean> {
  const problem = externalLinkProblem(url, frameName);
  if (problem !== null) {
    console.warn(`Dealmap refused to open ${url}: ${problem}.`);
    return false;
  }
  const href = new URL(url).href;
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Open link',
    message: 'Open this link in your web browser?',
    detail: href,
  };
  const { response } = window === null || window.isDestroyed()
    ? await dialog.showMessageBox(options)
    : await dialog.showMessageBox(window, options);
  if (response !== OPEN_BUTTON) {
    console.warn(`Dealmap did not open ${href}: the user declined.`);
    return false;
  }
  await shell.openExternal(href);
  return true;
}
