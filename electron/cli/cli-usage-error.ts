// A usage error as a message: the parsers throw it, the command line renders it in its language.
import { messageRef, type MessageRef, type MessageValue } from '../../shared/i18n';

export class CliUsageError extends Error {
  constructor(readonly ref: MessageRef) {
    super(ref.id);
  }
}

/** `usage('error.since', { since })`: a usage error from the `cli-usage` namespace. */
export function usage(id: string, values?: Readonly<Record<string, MessageValue>>): CliUsageError {
  return new CliUsageError(messageRef(`cli-usage.${id}`, values));
}

/** What an option expects, for the message when its value is missing: `needs('date')`. */
export function needs(kind: string, values?: Readonly<Record<string, MessageValue>>): MessageRef {
  return messageRef(`cli-usage.needs.${kind}`, values);
}
