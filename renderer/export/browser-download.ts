// In the browser host the exported file also downloads to the user's machine; the desktop app writes it itself.
/** Hands `content` to the browser as a download named `name`; nothing happens in the desktop app. */
export function downloadInBrowser(name: string, content: string, encoding: 'utf8' | 'base64', type: string): void {
  if (window.dealmap !== undefined || typeof URL.createObjectURL !== 'function') return;
  const bytes = encoding === 'base64' ? Uint8Array.from(atob(content), (char) => char.charCodeAt(0)) : content;
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is not needed once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
