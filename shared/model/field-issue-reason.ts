// Why a file broke its format, as a message built from the zod issue's structure (code, expected, received, bounds), for readers of other languages.
import type { z } from 'zod';
import { messageRef, orList, type MessageRef } from '../i18n/message-ref';

type ZodIssue = z.core.$ZodIssue;

/** The kinds of value a reason names, each a `file-problems.kind.*` message. */
const KINDS = new Set(['string', 'number', 'int', 'boolean', 'array', 'object', 'null']);

function kind(name: string): MessageRef {
  return messageRef(`file-problems.kind.${KINDS.has(name) ? name : 'other'}`);
}

/** What the file holds at `path`: the value itself, or undefined when a step of the path is missing. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The nouns the deal schema's duplicate-id rule uses, as codes a catalog may select on. */
const DUPLICATE_NOUNS: Readonly<Record<string, string>> = {
  stakeholder: 'stakeholder',
  relation: 'relation',
  metric: 'metric',
  'decision criterion': 'decisionCriterion',
  step: 'step',
  competitor: 'competitor',
};

/** The schema's own custom rules, read back from their (English) words into a message. */
function customReason(message: string): MessageRef | undefined {
  const duplicate = /^duplicate (.+) id "(.*)"$/s.exec(message);
  if (duplicate) return messageRef('file-problems.duplicate-id', { noun: DUPLICATE_NOUNS[duplicate[1] ?? ''] ?? 'other', id: duplicate[2] ?? '' });
  const unknown = /^expected the id of a stakeholder of this deal, got "(.*)"$/s.exec(message);
  if (unknown) return messageRef('file-problems.unknown-stakeholder', { id: unknown[1] ?? '' });
  if (message === 'a relation must join two different stakeholders') return messageRef('file-problems.self-relation');
  if (message === 'expected an integer from 1 to 3 for an influences relation') return messageRef('file-problems.influence-strength');
  return undefined;
}

/** The schema's own patterns, by the (English) words it gives them. */
const PATTERN_REASONS: ReadonlyMap<string, string> = new Map([
  ['expected 1 to 64 characters of a-z, 0-9 and -', 'file-problems.format.deal-id'],
  ['expected a three-letter ISO 4217 code such as SEK', 'file-problems.format.currency'],
]);

function formatReason(format: string, message: string): MessageRef {
  if (format === 'date' || format === 'datetime') return messageRef(`file-problems.format.${format}`);
  return messageRef(PATTERN_REASONS.get(message) ?? 'file-problems.format.other');
}

function boundReason(side: 'small' | 'big', origin: string, limit: number, inclusive: boolean): MessageRef {
  if (side === 'small' && origin === 'string' && limit === 1) return messageRef('file-problems.empty-text');
  const what = origin === 'string' || origin === 'array' ? origin : 'number';
  return messageRef(`file-problems.too-${side}.${what}`, { limit, inclusive: inclusive ? 'yes' : 'no' });
}

/** The reason of one zod issue as a message, or undefined for a custom rule this module does not know. */
export function zodIssueReason(issue: ZodIssue, input: unknown): MessageRef | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const received = valueAt(input, issue.path);
      const expected = kind(issue.expected);
      return received === undefined ? messageRef('file-problems.missing', { expected }) : messageRef('file-problems.type', { expected, received: kind(kindOf(received)) });
    }
    case 'too_small':
      return boundReason('small', issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return boundReason('big', issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_value':
      return messageRef('file-problems.one-of', { values: orList(issue.values.map((value) => String(value))) });
    case 'invalid_format':
      return formatReason(issue.format, issue.message);
    case 'unrecognized_keys':
      return messageRef('file-problems.unknown-fields', { count: issue.keys.length, keys: issue.keys });
    case 'invalid_union':
      return messageRef('file-problems.no-form');
    case 'custom':
      return customReason(issue.message);
    default:
      return undefined;
  }
}
