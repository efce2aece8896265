// Registers every API function on ipcMain through one wrapper: sender checked first, then payload validated.
import { apiChannel } from '../shared/api/channels';
import { API_METHODS } from '../shared/api/api-methods';
import type { ApiResult, DealmapServices } from '../shared/api/contract';
import type { IpcSenderEvent } from './security';
import { callApi } from './services/api-dispatch';

/** Decides whether an IPC call comes from the app's own page (see `isTrustedIpcSender`). */
export type IpcSenderCheck = (event: IpcSenderEvent) => boolean;

/** The part of Electron's `ipcMain` the wrapper uses. */
export interface ApiHandlerRegistry {
  handle(channel: string, listener: (event: IpcSenderEvent, rawInput: unknown) => Promise<ApiResult<unknown>>): void;
}

function forbidden(name: string): ApiResult<never> {
  return {
    ok: false,
    error: { code: 'forbidden', message: `${name} refused: the call did not come from the Dealmap window.` },
  };
}

function internalFailure(name: string, error: unknown): ApiResult<never> {
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message: `${name} failed: ${reason}` } };
}

export function registerApiHandlers(
  ipcMain: ApiHandlerRegistry,
  services: DealmapServices,
  isTrustedSender: IpcSenderCheck,
): void {
  for (const name of API_METHODS) {
    ipcMain.handle(apiChannel(name), async (event, rawInput) => {
      if (!isTrustedSender(event)) return forbidden(name);
      try {
        // callApi validates the raw payload with the contract's zod schema before any service runs.
        return await callApi(services, name, rawInput);
      } catch (error) {
        // A thrown error would reach the page as a bare rejection; answer with a result instead.
        return internalFailure(name, error);
      }
    });
  }
}
