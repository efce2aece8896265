// The UI's view of the API: results unwrapped, failures thrown as ApiError with their code.
import type {
  ApiErrorCode,
  ApiFailure,
  ApiFunctionName,
  ApiInput,
  ApiOutputs,
  ApiResult,
  DealmapApi,
} from '../../shared/api/contract';
import { apiObject } from '../../shared/api/api-methods';
import { dealmapIntl, renderMessage } from '../../shared/i18n/dealmap-intl';
import type { Language } from '../../shared/i18n/languages';
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

/** The failure's words: the host's message rendered in `language` where it sent one as a key and values, else its English text. */
function failureText(failure: ApiFailure, language: Language): string {
  return failure.messageRef === undefined || language === 'en' ? failure.message : renderMessage(dealmapIntl(language), failure.messageRef);
}

/** The API's functions with results unwrapped. */
type DealmapCalls = {
  [K in ApiFunctionName]: (input: ApiInput<K>) => Promise<ApiOutputs[K]>;
};

export type DealmapClient = DealmapCalls & WorkspaceEvents;

/** A transport: the API, and the push channel where it has one (the Electron preload, the browser host). */
export type DealmapTransport = DealmapApi & Partial<WorkspaceEvents>;

/**
 * Wraps any transport of the contract (preload object, HTTP, a test double). `language` is read at
 * each failure, so a host's error reads in the language chosen when it happened; English without it.
 */
export function createDealmapClient(api: DealmapTransport, language: () => Language = () => 'en'): DealmapClient {
  const unwrap = <T,>(result: ApiResult<T>): T => {
    if (result.ok) return result.value;
    throw new ApiError(result.error.code, failureText(result.error, language()));
  };
  return {
    ...apiObject<DealmapCalls>(async (name, input) => unwrap(await (api[name] as (input: unknown) => Promise<ApiResult<unknown>>)(input))),
    onWorkspaceChanged: (listener) => api.onWorkspaceChanged?.(listener) ?? (() => undefined),
  };
}

/** The transport of this window: the Electron preload's object when present, else HTTP. */
export function resolveDealmapApi(): DealmapTransport {
  return window.dealmap ?? { ...createHttpApi(), onWorkspaceChanged: subscribeToHostEvents };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
