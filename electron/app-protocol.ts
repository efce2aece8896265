// The app:// scheme: the built renderer served from one folder, strict path check, CSP and MIME type on every answer.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_TYPES, resolveStaticFile } from './host/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dealmap';
/** The page the window loads; every renderer file lives under this origin. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Standard (an origin, relative URLs), secure (a secure context like https) and fetch-capable.
 * No bypassCSP, no corsEnabled (which would let other origins read the files), no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** The URL path of an app:// request, or null for another scheme or host. */
export function appRequestPath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  return parsed.pathname;
}

function answer(status: number, body: string | Buffer | null, contentType: string, policy: string): Response {
  return new Response(body === null ? null : new Uint8Array(body instanceof Buffer ? body : Buffer.from(body)), {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

/**
 * The answer to one app:// request: a file inside `rendererRoot` (symlinks leading out refused),
 * with its MIME type and the policy as a response header; 404 for anything else, 405 for a write.
 */
export async function serveAppRequest(request: Request, rendererRoot: string, policy: string): Promise<Response> {
  const text = 'text/plain; charset=utf-8';
  if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, 'Method not allowed.', text, policy);
  const urlPath = appRequestPath(request.url);
  const file = urlPath === null ? null : await resolveStaticFile(rendererRoot, urlPath);
  if (file === null) {
    console.warn(`Dealmap answered 404 to ${request.url}: no such file inside the renderer build.`);
    return answer(404, 'Not found.', text, policy);
  }
  const contentType = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const body = await readFile(file);
  return answer(200, request.method === 'HEAD' ? null : body, contentType, policy);
}

/** Before `ready`: the scheme must be known as privileged before any page can use it. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** After `ready`: app:// answers from the renderer build on the default session. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererRoot: string, policy: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererRoot, policy));
}
