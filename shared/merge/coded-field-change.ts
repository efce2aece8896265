// A change to a coded field (stance, role, relation kind, status...) names the field and both values by their labels.
import vocabulary from '../i18n/catalogs/en/vocabulary';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import { isIdList, isRecord } from './json-values';
import { holdsStakeholderId } from '../model/stakeholder-id-fields';
import { fieldLabel, personName, valueWords, type Words } from './field-label';

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

function valueLabel(namespace: string, value: unknown): Words {
  const id = `vocabulary.${namespace}.${String(value)}`;
  return (typeof value === 'string' || typeof value === 'number') && id in vocabulary ? messageRef(id) : valueWords(value);
}

function hasItem(versions: readonly unknown[], listPath: readonly string[], id: string): boolean {
  return versions.some((version) => {
    let value: unknown = version;
    for (const key of listPath) value = isRecord(value) ? value[key] : undefined;
    return isIdList(value) && value.some((entry) => entry.id === id);
  });
}

/**
 * The value of the field at `path` in words: a coded field's value by its label ("Förespråkare"), a
 * stakeholder id by the person's name in `versions` (the id when none has it), any other as `valueWords`.
 */
export function fieldValueWords(versions: readonly unknown[], path: readonly string[], value: unknown): Words {
  if (typeof value === 'string' && value !== '' && holdsStakeholderId(path)) return personName(versions, value);
  const key = path[path.length - 1] ?? '';
  const namespace = VOCABULARY[`${path.length === 1 ? '' : path[path.length - 3] ?? ''}.${key}`];
  return namespace === undefined ? valueWords(value) : valueLabel(namespace, value);
}

/** The history line for a coded field's change, or undefined when `path` is not a coded field. */
export function codedFieldChange(versions: readonly unknown[], path: readonly string[], before: unknown, after: unknown): MessageRef | undefined {
  const key = path[path.length - 1] ?? '';
  const list = path.length === 1 ? '' : path[path.length - 3] ?? '';
  const namespace = VOCABULARY[`${list}.${key}`];
  if (namespace === undefined) return undefined;
  const id = path[path.length - 2];
  if (path.length > 1 && (path.length < 3 || id === undefined || !hasItem(versions, path.slice(0, -2), id))) return undefined;
  return messageRef('changes.history.coded', { field: fieldLabel(versions, path), before: valueLabel(namespace, before), after: valueLabel(namespace, after) });
}
