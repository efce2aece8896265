// A change to a coded field (stance, role, relation kind, status...) names the field and both values by their labels.
import vocabulary from '../i18n/catalogs/en/vocabulary';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import { isIdList, isRecord } from './json-values';
import { itemName, personName, valueWords } from './field-label';

/** The vocabulary each coded field's values come from, by the list it sits in ('' for the deal) and its key. */
const VOCABULARY: Readonly<Record<string, string>> = {
  '.status': 'status',
  '.forecastCategory': 'forecast',
  'stakeholders.role': 'role',
  'stakeholders.stance': 'stance',
  'stakeholders.interest': 'interest',
  'relations.kind': 'relation',
  'relations.strength': 'strength',
  'benefits.kind': 'benefit',
  'competition.kind': 'competitor',
};

function valueLabel(namespace: string, value: unknown): MessageRef | string {
  const id = `vocabulary.${namespace}.${String(value)}`;
  return (typeof value === 'string' || typeof value === 'number') && id in vocabulary ? messageRef(id) : valueWords(value);
}

function listItem(versions: readonly unknown[], listPath: readonly string[], id: string): Record<string, unknown> | undefined {
  for (const version of versions) {
    let value: unknown = version;
    for (const key of listPath) value = isRecord(value) ? value[key] : undefined;
    const item = isIdList(value) ? value.find((entry) => entry.id === id) : undefined;
    if (item !== undefined) return item;
  }
  return undefined;
}

/** The item a coded field belongs to: a person by name, a relation by its ends in the reader's words. */
function itemWords(versions: readonly unknown[], listPath: readonly string[], id: string): MessageRef | string {
  const item = listItem(versions, listPath, id);
  if (listPath[listPath.length - 1] === 'relations' && item !== undefined) {
    return messageRef('changes.history.relation', { from: personName(versions, String(item.from)), to: personName(versions, String(item.to)) });
  }
  return itemName(versions, listPath, id);
}

/** The history line for a coded field's change, or undefined when `path` is not a coded field. */
export function codedFieldChange(versions: readonly unknown[], path: readonly string[], before: unknown, after: unknown): MessageRef | undefined {
  const key = path[path.length - 1] ?? '';
  const list = path.length === 1 ? '' : path[path.length - 3] ?? '';
  const namespace = VOCABULARY[`${list}.${key}`];
  if (namespace === undefined) return undefined;
  const values = { field: messageRef(`changes.history.field-name.${key}`), before: valueLabel(namespace, before), after: valueLabel(namespace, after) };
  if (path.length === 1) return messageRef('changes.history.deal-coded', values);
  const id = path[path.length - 2];
  if (path.length < 3 || id === undefined || listItem(versions, path.slice(0, -2), id) === undefined) return undefined;
  return messageRef('changes.history.coded', { item: itemWords(versions, path.slice(0, -2), id), ...values });
}
