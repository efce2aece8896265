// The UI's view of the API: results unwrapped, failures thrown as ApiError with their code.
import type {
  ApiErrorCode,
  ApiFunctionName,
  ApiInput,
  ApiOutputs,
  ApiResult,
  DealmapApi,
} from '../../shared/api/contract';
import type { WorkspaceEvents } from '../../shared/api/workspace-events';
import { createHttpApi, subscribeToHostEvents } from './http-api';

/** A failed API call; `code` tells a conflict from a missing deal or a broken payload. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

export type DealmapClient = {
  [K in ApiFunctionName]: (input: ApiInput<K>) => Promise<ApiOutputs[K]>;
} & WorkspaceEvents;

/** A transport: the API, and the push channel where it has one (the Electron preload, the browser host). */
export type DealmapTransport = DealmapApi & Partial<WorkspaceEvents>;

function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

/** Wraps any transport of the contract (preload object, HTTP, a test double). */
export function createDealmapClient(api: DealmapTransport): DealmapClient {
  return {
    onWorkspaceChanged: (listener) => api.onWorkspaceChanged?.(listener) ?? (() => undefined),
    listDeals: async (input) => unwrap(await api.listDeals(input)),
    listingProgress: async (input) => unwrap(await api.listingProgress(input)),
    listChangedDeals: async (input) => unwrap(await api.listChangedDeals(input)),
    getDeal: async (input) => unwrap(await api.getDeal(input)),
    createDeal: async (input) => unwrap(await api.createDeal(input)),
    saveDeal: async (input) => unwrap(await api.saveDeal(input)),
    deleteDeal: async (input) => unwrap(await api.deleteDeal(input)),
    getSettings: async (input) => unwrap(await api.getSettings(input)),
    saveSettings: async (input) => unwrap(await api.saveSettings(input)),
    exportFiles: async (input) => unwrap(await api.exportFiles(input)),
    exportReviewPdf: async (input) => unwrap(await api.exportReviewPdf(input)),
    listReviews: async (input) => unwrap(await api.listReviews(input)),
    startReview: async (input) => unwrap(await api.startReview(input)),
    getReview: async (input) => unwrap(await api.getReview(input)),
    reviewChanges: async (input) => unwrap(await api.reviewChanges(input)),
    saveCoaching: async (input) => unwrap(await api.saveCoaching(input)),
    previewImport: async (input) => unwrap(await api.previewImport(input)),
    applyImport: async (input) => unwrap(await api.applyImport(input)),
    undoImport: async (input) => unwrap(await api.undoImport(input)),
    lastImport: async (input) => unwrap(await api.lastImport(input)),
    csvColumns: async (input) => unwrap(await api.csvColumns(input)),
    listImportMappings: async (input) => unwrap(await api.listImportMappings(input)),
    saveImportMapping: async (input) => unwrap(await api.saveImportMapping(input)),
    exportCsv: async (input) => unwrap(await api.exportCsv(input)),
    teamStatus: async (input) => unwrap(await api.teamStatus(input)),
    syncTeam: async (input) => unwrap(await api.syncTeam(input)),
    dealHistory: async (input) => unwrap(await api.dealHistory(input)),
    dealAsOf: async (input) => unwrap(await api.dealAsOf(input)),
    shareWorkspace: async (input) => unwrap(await api.shareWorkspace(input)),
  };
}

/** The transport of this window: the Electron preload's object when present, else HTTP. */
export function resolveDealmapApi(): DealmapTransport {
  return window.dealmap ?? { ...createHttpApi(), onWorkspaceChanged: subscribeToHostEvents };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
