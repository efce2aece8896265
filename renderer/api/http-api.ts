// The API contract over HTTP, for the browser host: `POST /api/<name>` answers an ApiResult.
import {
  API_HTTP_PREFIX,
  type ApiFunctionName,
  type ApiInput,
  type ApiOutputs,
  type ApiResult,
  type DealmapApi,
} from '../../shared/api/contract';

import { WORKSPACE_EVENTS_PATH, type WorkspaceChange, type WorkspaceChangeListener } from '../../shared/api/workspace-events';

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Browsers allow 64 KiB of request bodies in flight with `keepalive`; stay under it. */
const KEEPALIVE_LIMIT = 60_000;

/** Builds a DealmapApi that calls the loopback host; `baseUrl` is '' for the page's own origin. */
export function createHttpApi(baseUrl = '', fetchImpl: Fetch = (input, init) => fetch(input, init)): DealmapApi {
  const call = async <K extends ApiFunctionName>(
    name: K,
    input: ApiInput<K>,
  ): Promise<ApiResult<ApiOutputs[K]>> => {
    let response: Response;
    const body = JSON.stringify(input);
    try {
      response = await fetchImpl(`${baseUrl}${API_HTTP_PREFIX}${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        // A save sent as the page goes away (reload, closed tab) must still reach the host.
        keepalive: (name === 'saveDeal' || name === 'saveCoaching') && body.length < KEEPALIVE_LIMIT,
      });
    } catch (error) {
      return failure(`The Dealmap host cannot be reached (${describe(error)}).`);
    }
    try {
      return (await response.json()) as ApiResult<ApiOutputs[K]>;
    } catch {
      return failure(`The Dealmap host answered ${response.status} without a result.`);
    }
  };
  return {
    listDeals: (input) => call('listDeals', input),
    listingProgress: (input) => call('listingProgress', input),
    listChangedDeals: (input) => call('listChangedDeals', input),
    getDeal: (input) => call('getDeal', input),
    createDeal: (input) => call('createDeal', input),
    saveDeal: (input) => call('saveDeal', input),
    deleteDeal: (input) => call('deleteDeal', input),
    getSettings: (input) => call('getSettings', input),
    saveSettings: (input) => call('saveSettings', input),
    exportFiles: (input) => call('exportFiles', input),
    exportReviewPdf: (input) => call('exportReviewPdf', input),
    listReviews: (input) => call('listReviews', input),
    startReview: (input) => call('startReview', input),
    getReview: (input) => call('getReview', input),
    reviewChanges: (input) => call('reviewChanges', input),
    saveCoaching: (input) => call('saveCoaching', input),
    previewImport: (input) => call('previewImport', input),
    applyImport: (input) => call('applyImport', input),
    undoImport: (input) => call('undoImport', input),
    lastImport: (input) => call('lastImport', input),
    csvColumns: (input) => call('csvColumns', input),
    listImportMappings: (input) => call('listImportMappings', input),
    saveImportMapping: (input) => call('saveImportMapping', input),
    exportCsv: (input) => call('exportCsv', input),
    teamStatus: (input) => call('teamStatus', input),
    syncTeam: (input) => call('syncTeam', input),
    dealHistory: (input) => call('dealHistory', input),
    dealAsOf: (input) => call('dealAsOf', input),
    shareWorkspace: (input) => call('shareWorkspace', input),
  };
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
