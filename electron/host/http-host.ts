// The loopback HTTP host: the built renderer plus the API over HTTP, for browsers and end-to-end tests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_HTTP_PREFIX, type DealmapServices } from '../../shared/api/contract';
import { createDealmapServices } from '../services/dealmap-services';
import { serverPdfPrinter } from '../services/export/chromium-pdf';
import { LISTING_WORKER_URL } from '../services/index/listing-worker-url';
import { apiFailure, handleApiRequest } from './api-route';
import { messageRef } from '../../shared/i18n/message-ref';
import { sendJson, sendText, setSecurityHeaders } from './host-headers';
import { isAllowedHost, isAllowedOrigin, ownOrigins } from './request-guards';
import { serveStaticFile } from './static-files';
import { WORKSPACE_EVENTS_PATH } from '../../shared/api/workspace-events';
import { startWorkspaceEventStream } from './workspace-event-stream';
import { watchWorkspace } from '../services/watch-workspace';

export const HOST_ADDRESS = '127.0.0.1';
export const DEFAULT_HOST_PORT = 5174;

export interface HttpHostOptions {
  readonly workspace: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The built renderer (`dist/renderer`). */
  readonly rendererDir: string;
  /** Extra origins allowed to call the API, e.g. the Vite dev server's. */
  readonly allowedOrigins?: readonly string[];
  /** Where internal errors are reported; defaults to stderr. */
  readonly log?: (message: string) => void;
  readonly services?: DealmapServices;
}

export interface HttpHost {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST_ADDRESS, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const own = options.services === undefined ? createDealmapServices({ workspace: options.workspace, listingWorker: LISTING_WORKER_URL, printPdf: serverPdfPrinter(), teamBackground: true }) : null;
  const services: DealmapServices = options.services ?? (own as DealmapServices);
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  let port = options.port;
  let allowedOrigins: string[] = [];
  const events = await startWorkspaceEventStream(own ? own.watch : (listener) => watchWorkspace(options.workspace, listener));

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    setSecurityHeaders(response);
    if (!isAllowedHost(request.headers.host, port)) {
      sendText(response, 403, 'Forbidden: this host only answers to 127.0.0.1 or localhost.');
      return;
    }
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === WORKSPACE_EVENTS_PATH && request.method === 'GET') {
      events.subscribe(response);
      return;
    }
    if (path.startsWith(API_HTTP_PREFIX)) {
      if (!isAllowedOrigin(request, allowedOrigins)) {
        sendJson(response, 403, { ok: false, error: apiFailure('forbidden', messageRef('host.request.cross-origin')) });
        return;
      }
      await handleApiRequest(request, response, path.slice(API_HTTP_PREFIX.length), services, log);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      sendText(response, 405, 'Method not allowed.');
      return;
    }
    await serveStaticFile(options.rendererDir, path, request.method, response);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`Dealmap host: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!response.headersSent) sendText(response, 500, 'Internal error.');
      else response.destroy();
    });
  });
  port = await listen(server, options.port);
  allowedOrigins = [...ownOrigins(port), ...(options.allowedOrigins ?? [])].map((origin) => origin.toLowerCase());

  return {
    url: `http://${HOST_ADDRESS}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        events.close();
        own?.closeTeam();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
