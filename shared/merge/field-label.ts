// Names a field of a deal in words a salesperson reads: "Eva Berg: stance", "relation Eva Berg → Tom Lund: strength".
import { isIdList, isRecord, type JsonRecord } from './json-values';
import type { MergePath } from './three-way-json';

/** "closeDate" → "close date". */
export function fieldWords(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The item with this id in `list` of any of the versions, first found. */
function findItem(versions: readonly unknown[], listPath: readonly string[], id: string): JsonRecord | undefined {
  for (const version of versions) {
    let value: unknown = version;
    for (const key of listPath) value = isRecord(value) ? value[key] : undefined;
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

/** How an item of a list with ids is named: a person by name, a relation by its ends, others by their text. */
export function itemName(versions: readonly unknown[], listPath: readonly string[], id: string): string {
  const item = findItem(versions, listPath, id);
  const list = listPath[listPath.length - 1] ?? '';
  if (list === 'stakeholders') return personName(versions, id);
  if (list === 'relations' && item !== undefined) {
    const [from, to] = [String(item.from), String(item.to)];
    return `relation ${personName(versions, from)} → ${personName(versions, to)}`;
  }
  const noun = { metrics: 'metric', decisionCriteria: 'criterion', competition: 'competitor', steps: 'step', clashes: 'clash' }[list] ?? fieldWords(list);
  const words = text(item?.name) ?? text(item?.text) ?? text(item?.label) ?? id;
  return `${noun} "${words.length > 40 ? `${words.slice(0, 39)}…` : words}"`;
}

/** The field at `path` in words; `versions` are the deal versions the names are looked up in. */
export function fieldLabel(versions: readonly unknown[], path: MergePath): string {
  // The deepest item with an id names the field; the keys after it say which field of it.
  for (let index = path.length - 1; index > 0; index -= 1) {
    const id = path[index];
    const listPath = path.slice(0, index);
    if (id !== undefined && findItem(versions, listPath, id) !== undefined) {
      const rest = path.slice(index + 1).map(fieldWords).join(' ');
      const name = itemName(versions, listPath, id);
      return rest === '' ? name : `${name}: ${rest}`;
    }
  }
  return path.map(fieldWords).join(' ') || 'the whole deal';
}

/** A value in a few words: "—" for nothing, yes/no, a short text, or the JSON of a list or object. */
export function valueWords(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value.length > 60 ? `"${value.slice(0, 59)}…"` : value;
  if (typeof value === 'number') return String(value);
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}
