// A message the engine or a service means, as a catalog key and its values; front ends render it.
/** A list the locale joins: "A, B and C" (`and`) or "A, B or C" (`or`); items may be messages. */
export interface ListValue {
  readonly join: 'and' | 'or';
  readonly items: readonly (string | MessageRef)[];
}

/**
 * A value inside a message: text, a number, a list (an array joins with "and"), or another message.
 * Text values are data (a stakeholder may be named "constructor"): a catalog never selects on them.
 */
export type MessageValue = string | number | readonly (string | MessageRef)[] | ListValue | MessageRef;

export interface MessageRef {
  /** A key in every catalog under shared/i18n/catalogs. */
  readonly id: string;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

export function messageRef(id: string, values?: Readonly<Record<string, MessageValue>>): MessageRef {
  return values === undefined ? { id } : { id, values };
}

/** "A, B or C" in the reader's language. */
export function orList(items: readonly (string | MessageRef)[]): ListValue {
  return { join: 'or', items };
}

export function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';
}

export function isListValue(value: unknown): value is ListValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Array.isArray((value as { items?: unknown }).items);
}

/** The same message with the same values: what a comparison of two qualifications asks. */
export function sameMessage(a: MessageRef, b: MessageRef): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** A message as a language-neutral report gives it: the key and values, with the rendered text beside them. */
export interface RenderedMessage {
  readonly id: string;
  readonly values: Readonly<Record<string, MessageValue>>;
  readonly text: string;
}
