// Names a field of a deal in the reader's words: "Eva Berg › Stance", "relation Eva Berg → Tom Lund › Relation strength".
import vocabulary from '../i18n/catalogs/en/vocabulary';
import { renderMessage, type DealmapIntl } from '../i18n/dealmap-intl';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import { dealFieldLabel, fieldPathKeys, itemNoun } from '../model/deal-field-labels';
import { isIdList, isRecord, type JsonRecord } from './json-values';
import type { MergePath } from './three-way-json';

/** A field's or a value's words: a message the reader's language renders, or text as it is. */
export type Words = MessageRef | string;

function valueAt(version: unknown, path: readonly string[]): unknown {
  let value: unknown = version;
  for (const key of path) value = isRecord(value) ? value[key] : undefined;
  return value;
}

/** The item with this id in `list` of any of the versions, first found. */
function findItem(versions: readonly unknown[], listPath: readonly string[], id: string): JsonRecord | undefined {
  for (const version of versions) {
    const value = valueAt(version, listPath);
    if (isIdList(value)) {
      const item = value.find((entry) => entry.id === id);
      if (item !== undefined) return item;
    }
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A person's name from the deal versions, else the id. */
export function personName(versions: readonly unknown[], id: string): string {
  return text(findItem(versions, ['stakeholders'], id)?.name) ?? id;
}

/** How an item of a list with ids is named: a person by name, a relation by its ends, others by their noun and text. */
export function itemName(versions: readonly unknown[], listPath: readonly string[], id: string): Words {
  const item = findItem(versions, listPath, id);
  const list = listPath[listPath.length - 1] ?? '';
  if (list === 'stakeholders') return personName(versions, id);
  if (list === 'relations' && item !== undefined) {
    return messageRef('changes.history.relation', { from: personName(versions, String(item.from)), to: personName(versions, String(item.to)) });
  }
  const words = text(item?.name) ?? text(item?.text) ?? text(item?.label) ?? id;
  return itemNoun(listPath, words.length > 40 ? `${words.slice(0, 39)}…` : words);
}

/** The deepest item with an id on `path`: its place, or -1 when the path goes through none. */
function deepestItem(versions: readonly unknown[], path: MergePath): number {
  for (let index = path.length - 1; index > 0; index -= 1) {
    const id = path[index];
    if (id !== undefined && findItem(versions, path.slice(0, index), id) !== undefined) return index;
  }
  return -1;
}

/** The field at `path` in words; `versions` are the deal versions the names are looked up in. */
export function fieldLabel(versions: readonly unknown[], path: MergePath): Words {
  if (path.length === 0) return messageRef('deal-fields.whole-deal');
  const index = deepestItem(versions, path);
  if (index < 0) return dealFieldLabel(path);
  // The item names the field; the keys after it say which field of it.
  const name = itemName(versions, path.slice(0, index), path[index] ?? '');
  if (index === path.length - 1) return name;
  return messageRef('deal-fields.path', { outer: name, inner: dealFieldLabel(path, index + 1) });
}

/**
 * The field at `path`, or undefined when an item on it is in none of the versions (a clash on a
 * person since removed): then the words recorded with it say more than an id.
 */
export function fieldLabelIfNamed(versions: readonly unknown[], path: MergePath): Words | undefined {
  for (let index = 1; index < path.length; index += 1) {
    const listPath = path.slice(0, index);
    const listed = versions.some((version) => isIdList(valueAt(version, listPath)));
    if (listed && findItem(versions, listPath, path[index] ?? '') === undefined) return undefined;
  }
  return fieldLabel(versions, path);
}

/** A value in a few words: "—" for nothing, yes/no, a short text, or the JSON of a list or object. */
export function valueWords(value: unknown): Words {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return messageRef(value ? 'deal-fields.yes' : 'deal-fields.no');
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 59)}…"` : value;
  if (typeof value === 'number') return String(value);
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

/** Words as `intl`'s language reads them: a message rendered, text as it is. */
export function wordsIn(intl: DealmapIntl, words: Words): string {
  return typeof words === 'string' ? words : renderMessage(intl, words);
}

/** An item of a list without ids in words: a benefit by its kind and text, a placeholder by its field and value, a referral by name. */
export function listValueWords(versions: readonly unknown[], listPath: readonly string[], item: unknown): Words {
  if (!isRecord(item)) return valueWords(item);
  const list = listPath.join('.');
  if (list === 'valueCase.benefits' && `vocabulary.benefit.${String(item.kind)}` in vocabulary && typeof item.text === 'string') {
    return messageRef('deal-fields.benefit', { kind: messageRef(`vocabulary.benefit.${String(item.kind)}`), text: item.text });
  }
  if (list === 'placeholders' && typeof item.path === 'string') {
    return messageRef('deal-fields.placeholder', { field: fieldLabel(versions, fieldPathKeys(item.path)), value: valueWords(item.value) });
  }
  return text(item.name) ?? valueWords(item);
}
