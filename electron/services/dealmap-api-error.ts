// The one error type services throw on purpose; its code crosses IPC and HTTP as ApiFailure.code.
import type { ApiErrorCode } from '../../shared/api/contract';

export class DealmapApiError extends Error {
  override readonly name = 'DealmapApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}
