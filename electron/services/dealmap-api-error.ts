// The one error type services throw on purpose; its code crosses IPC and HTTP as ApiFailure.code.
import type { ApiErrorCode } from '../../shared/api/contract';
import { dealmapIntl, renderMessage } from '../../shared/i18n/dealmap-intl';
import { isMessageRef, messageRef, type MessageRef } from '../../shared/i18n/message-ref';

export class DealmapApiError extends Error {
  override readonly name = 'DealmapApiError';
  /** The message as a catalog key and values, for the app to render in its language; `message` is its English text. */
  readonly messageRef: MessageRef | undefined;

  constructor(
    readonly code: ApiErrorCode,
    message: string | MessageRef,
  ) {
    super(isMessageRef(message) ? renderMessage(dealmapIntl('en'), message) : message);
    this.messageRef = isMessageRef(message) ? message : undefined;
  }
}

/** "a; b; c" as one message, each item in the reader's language (a list of refusal reasons). */
export function semicolonList(items: readonly MessageRef[]): MessageRef {
  return items.reduceRight((rest, item) => messageRef('host.then', { item, rest }));
}
