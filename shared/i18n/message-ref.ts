// A message the engine or a service means, as a catalog key and its values; front ends render it.
/** A value inside a message: text, a number, a list (joined by the locale) or another message. */
export type MessageValue = string | number | readonly string[] | MessageRef;

export interface MessageRef {
  /** A key in every catalog under shared/i18n/catalogs. */
  readonly id: string;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

export function messageRef(id: string, values?: Readonly<Record<string, MessageValue>>): MessageRef {
  return values === undefined ? { id } : { id, values };
}

export function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';
}
