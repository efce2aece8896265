// Who may talk to the loopback host: our own Host header (DNS rebinding) and our own Origin (CSRF).
import type { IncomingMessage } from 'node:http';

/** `127.0.0.1:PORT` or `localhost:PORT`: a rebound DNS name pointing at us carries its own name. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * A request without Origin (curl, tests) is local by the Host check; with one, it must be ours or
 * explicitly allowed (the Vite dev server). `Sec-Fetch-Site: cross-site` is refused outright.
 */
export function isAllowedOrigin(request: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return allowedOrigins.includes(origin.toLowerCase());
}

/** A JSON content type forces a CORS preflight on cross-origin fetches, which this host never grants. */
export function isJsonContentType(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/json\s*(;|$)/i.test(contentType.trim());
}
