// The one list of the API's function names: the preload, the IPC handlers and both clients are built from it.

/** Every function of the API, in the order the contract documents them; contract.ts checks its schemas against it. */
export const API_METHODS = [
  'listDeals',
  'listChangedDeals',
  'listingProgress',
  'getDeal',
  'createDeal',
  'saveDeal',
  'deleteDeal',
  'listReviews',
  'startReview',
  'getReview',
  'reviewChanges',
  'saveCoaching',
  'getSettings',
  'saveSettings',
  'exportFiles',
  'exportReviewPdf',
  'previewImport',
  'applyImport',
  'undoImport',
  'lastImport',
  'csvColumns',
  'listImportMappings',
  'saveImportMapping',
  'exportCsv',
  'teamStatus',
  'syncTeam',
  'dealHistory',
  'dealAsOf',
  'shareWorkspace',
] as const;

export type ApiMethodName = (typeof API_METHODS)[number];

/** A transport's one generic call: the function's name and its input (already typed by the caller's named function). */
export type ApiCall = (name: ApiMethodName, input: unknown) => Promise<unknown>;

/**
 * One named function per API name, each handing its input to `call`: the transports' one generic
 * call dressed as the named functions the contract types. The cast is where that typing is claimed;
 * `T` is always a mapped type over ApiMethodName (DealmapApi, the client's calls).
 */
export function apiObject<T extends Record<ApiMethodName, unknown>>(call: ApiCall): T {
  return Object.fromEntries(API_METHODS.map((name) => [name, (input: unknown) => call(name, input)])) as T;
}
