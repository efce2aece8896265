// The API contract over HTTP, for the browser host: `POST /api/<name>` answers an ApiResult.
import type { ApiFunctionName, ApiResult, DealmapApi } from '../../shared/api/contract';
import { API_HTTP_PREFIX } from '../../shared/api/api-http-prefix';
import { takeEarlyAnswer } from './early-listing';
import { apiObject } from '../../shared/api/api-methods';
import { WORKSPACE_EVENTS_PATH, type WorkspaceChange, type WorkspaceChangeListener } from '../../shared/api/workspace-events';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Browsers allow 64 KiB of request bodies in flight with `keepalive`; stay under it. */
const KEEPALIVE_LIMIT = 60_000;

/** Builds a DealmapApi that calls the loopback host; `baseUrl` is '' for the page's own origin. */
export function createHttpApi(baseUrl = '', fetchImpl: Fetch = (input, init) => fetch(input, init)): DealmapApi {
  const call = async (name: ApiFunctionName, input: unknown): Promise<ApiResult<unknown>> => {
    let response: Response;
    const body = JSON.stringify(input);
    try {
      response = await ((baseUrl === '' ? takeEarlyAnswer(name, body) : undefined) ??
        fetchImpl(`${baseUrl}${API_HTTP_PREFIX}${name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          // A save sent as the page goes away (reload, closed tab) must still reach the host.
          keepalive: (name === 'saveDeal' || name === 'saveCoaching') && body.length < KEEPALIVE_LIMIT,
        }));
    } catch (error) {
      return failure(`The Dealmap host cannot be reached (${describe(error)}).`);
    }
    try {
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return failure(`The Dealmap host answered ${response.status} without a result.`);
    }
  };
  return apiObject<DealmapApi>(call);
}

function failure(message: string): { ok: false; error: { code: 'internal'; message: string } } {
  return { ok: false, error: { code: 'internal', message } };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The browser host's push channel (Server-Sent Events); EventSource reconnects by itself after a host restart. */
export function subscribeToHostEvents(listener: WorkspaceChangeListener, baseUrl = ''): () => void {
  const source = new EventSource(`${baseUrl}${WORKSPACE_EVENTS_PATH}`);
  source.addEventListener('workspace-changed', (event) => {
    try {
      listener(JSON.parse((event as MessageEvent<string>).data) as WorkspaceChange);
    } catch {
      // A garbled event is skipped; the next change lists the workspace again anyway.
    }
  });
  return () => source.close();
}
