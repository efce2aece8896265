// Pure security rules of the desktop shell (CSP, trusted URLs), kept free of Electron so they are unit-tested.

/** The page may load only its own files; React Flow needs inline styles, nothing needs inline scripts. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy while the renderer comes from the Vite dev server, which injects an inline
 * React Refresh preamble and talks to the page over a websocket for hot reload.
 */
export function devContentSecurityPolicy(devOrigin: string): string {
  const socketOrigin = devOrigin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${socketOrigin}`,
  );
}

export type ResponseHeaders = Record<string, string | string[]>;

/** The response headers with any policy the response carried replaced by ours. */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined, policy: string): ResponseHeaders {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Only https links leave the app (through the system browser); http, file, javascript and data never do. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === 'https:' && parsed.hostname !== '';
}

/**
 * The window name the app opens its own outside links in (`<a target="dealmap-external">` or
 * `window.open(url, 'dealmap-external')`): a link without it was not produced by the app.
 */
export const APP_LINK_TARGET = 'dealmap-external';

/** Why a link the page asked to open must not reach the system browser, or null when it may (after the user agrees). */
export function externalLinkProblem(url: string, frameName: string): string | null {
  if (frameName !== APP_LINK_TARGET) return 'the app did not produce this link';
  if (!isSafeExternalUrl(url)) return 'only https links open outside the app';
  const parsed = parseUrl(url);
  // https://bank.example@evil.example/ reads as the bank but goes elsewhere.
  if (parsed !== null && (parsed.username !== '' || parsed.password !== '')) return 'the link carries a user name or password';
  return null;
}

/** Same scheme, host and port: WHATWG gives custom schemes an opaque origin, so compare the parts. */
function sameOrigin(a: URL, b: URL): boolean {
  return a.protocol === b.protocol && a.host === b.host && a.host !== '';
}

/**
 * True when `url` is the app's own page: for the app:// build the same page (query and hash
 * ignored), for the dev server the same origin.
 */
export function isTrustedSenderUrl(url: string, appUrl: string): boolean {
  const sender = parseUrl(url);
  const app = parseUrl(appUrl);
  if (sender === null || app === null || !sameOrigin(sender, app)) return false;
  return app.protocol === 'http:' || sender.pathname === app.pathname;
}

/** A navigation that stays on the app's page (only the hash or query changes) is not a navigation away. */
export function isSamePageUrl(url: string, appUrl: string): boolean {
  const target = parseUrl(url);
  const app = parseUrl(appUrl);
  if (target === null || app === null) return false;
  return sameOrigin(target, app) && target.pathname === app.pathname;
}

/** The part of an IPC event the sender check reads; `parent` is null only for a main frame. */
export interface IpcSenderEvent {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** An IPC call is trusted only from the main frame of the app's own page. */
export function isTrustedIpcSender(event: IpcSenderEvent, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  return isTrustedSenderUrl(frame.url, appUrl);
}
