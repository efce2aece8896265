// Serves the built renderer from one folder: known content types, nothing outside the folder.
import { readFile, realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { sendText } from './host-headers';

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/** The file a URL path names inside `root`, or null when it would leave the folder or is malformed. */
export async function resolveStaticFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? '/index.html' : decoded;
  const realRoot = await realpath(root).catch(() => null);
  if (realRoot === null) return null;
  const candidate = resolve(realRoot, `.${relative}`);
  if (!isInside(realRoot, candidate)) return null;
  // A symlink inside the folder must not lead outside it either.
  const real = await realpath(candidate).catch(() => null);
  if (real === null || !isInside(realRoot, real)) return null;
  const info = await stat(real);
  return info.isFile() ? real : null;
}

export async function serveStaticFile(
  root: string,
  urlPath: string,
  method: string,
  response: ServerResponse,
): Promise<void> {
  const built = await stat(root).then((info) => info.isDirectory(), () => false);
  if (!built) {
    sendText(response, 503, 'The renderer is not built: run `npm run build` (or use `npm run dev`).');
    return;
  }
  const file = await resolveStaticFile(root, urlPath);
  if (file === null) {
    sendText(response, 404, 'Not found.');
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
  });
  response.end(method === 'HEAD' ? undefined : body);
}
