// The browser host's PDF route: the printable review pack opens in a new tab and the browser's print dialog saves it.

/** Long enough for the new tab to read the page; the URL is freed afterwards. */
const REVOKE_AFTER_MS = 60_000;

/** Opens the page in a new tab and asks it to print; false when the browser blocked the tab. */
export function openPrintablePage(html: string): boolean {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  const tab = window.open(url, '_blank');
  if (!tab) return false;
  tab.addEventListener('load', () => tab.print(), { once: true });
  return true;
}
