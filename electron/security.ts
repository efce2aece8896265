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
 * True when `url` is the app's own page: for a `file:` app URL the same file (query and hash
 * ignored), for the dev server the same origin.
 */
export function isTrustedSenderUrl(url: string, appUrl: string): boolean {
  const sender = parseUrl(url);
  const app = parseUrl(appUrl);
  if (sender === null || app === null) return false;
  if (app.protocol === 'file:') {
    return sender.protocol === 'file:' && sender.host === app.host && sender.pathname === app.pathname;
  }
  return app.origin !== 'null' && sender.origin === app.origin;
}

/** A navigation that stays on the app's page (only the hash or query changes) is not a navigation away. */
export function isSamePageUrl(url: string, appUrl: string): boolean {
  const target = parseUrl(url);
  const app = parseUrl(appUrl);
  if (target === null || app === null) return false;
  return target.protocol === app.protocol && target.host === app.host && target.pathname === app.pathname;
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
