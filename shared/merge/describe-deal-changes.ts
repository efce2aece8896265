// What changed between two versions of a deal, one message per change: the history reads them, commit messages in English.
import { dealmapIntl, renderMessage } from '../i18n/dealmap-intl';
import { messageRef, type MessageRef, type MessageValue } from '../i18n/message-ref';
import { codedFieldChange, fieldValueWords } from './coded-field-change';
import { fieldLabel, fieldLabelIfNamed, itemName, listValueWords, personName, type Words } from './field-label';
import { canonicalJson, isIdList, isRecord, sameJson, unionKeys } from './json-values';

/** Fields every save changes: not worth a line. */
const SKIPPED = new Set(['revision', 'updatedAt', 'schemaVersion']);

function line(kind: string, values: Readonly<Record<string, MessageValue>>): MessageRef {
  return messageRef(`changes.history.${kind}`, values);
}

function describeList(versions: readonly unknown[], before: readonly unknown[], after: readonly unknown[], path: readonly string[], out: MessageRef[]): void {
  if (isIdList(before) && isIdList(after)) {
    const [was, now] = [new Set(before.map((item) => item.id)), new Set(after.map((item) => item.id))];
    for (const item of before) if (!now.has(item.id)) out.push(line('removed', { item: itemName(versions, path, item.id) }));
    for (const item of after) if (!was.has(item.id)) out.push(line('added', { item: itemName(versions, path, item.id) }));
    for (const item of after) {
      const old = before.find((entry) => entry.id === item.id);
      if (old !== undefined) describe(versions, old, item, [...path, item.id], out);
    }
    return;
  }
  const noun = fieldLabel(versions, path);
  const [was, now] = [before.map(canonicalJson), after.map(canonicalJson)];
  before.forEach((item, index) => { if (!now.includes(was[index] ?? '')) out.push(line('value-removed', { field: noun, value: listValueWords(versions, path, item) })); });
  after.forEach((item, index) => { if (!was.includes(now[index] ?? '')) out.push(line('value-added', { field: noun, value: listValueWords(versions, path, item) })); });
}

function describe(versions: readonly unknown[], before: unknown, after: unknown, path: readonly string[], out: MessageRef[]): void {
  if (sameJson(before, after)) return;
  if (isRecord(before) && isRecord(after)) {
    for (const key of unionKeys(before, after)) {
      if (path.length === 0 && SKIPPED.has(key)) continue;
      describe(versions, before[key], after[key], [...path, key], out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    describeList(versions, before, after, path, out);
    return;
  }
  out.push(codedFieldChange(versions, path, before, after) ?? line('field', { field: fieldLabel(versions, path), before: fieldValueWords(versions, path, before), after: fieldValueWords(versions, path, after) }));
}

function describeLayout(versions: readonly unknown[], before: unknown, after: unknown): MessageRef[] {
  const [was, now] = [isRecord(before) ? before : {}, isRecord(after) ? after : {}];
  const moved = unionKeys(was, now).filter((id) => now[id] !== undefined && !sameJson(was[id], now[id]));
  return moved.length === 0 ? [] : [line('moved', { people: moved.map((id) => personName(versions, id)) })];
}

/** The changes from `before` to `after` (null: the deal did not exist, or no longer does), as messages. */
export function dealChangeMessages(before: unknown, after: unknown): MessageRef[] {
  if (!isRecord(before) && isRecord(after)) return [line('created', { deal: String(after.name) })];
  if (isRecord(before) && !isRecord(after)) return [line('deleted', { deal: String(before.name) })];
  if (!isRecord(before) || !isRecord(after)) return [];
  const versions = [after, before];
  const out: MessageRef[] = [];
  for (const key of unionKeys(before, after)) {
    if (SKIPPED.has(key)) continue;
    if (key === 'layout') out.push(...describeLayout(versions, before.layout, after.layout));
    else if (key === 'clashes') describeClashes(versions, before.clashes, after.clashes, out);
    else describe(versions, before[key], after[key], [key], out);
  }
  return out;
}

/** The same in English, for commit messages (git's log is the team's shared record). */
export function describeDealChanges(before: unknown, after: unknown): string[] {
  const intl = dealmapIntl('en');
  return dealChangeMessages(before, after).map((change) => renderMessage(intl, change));
}

/** A clash's field in the reader's words from its path; the words stored with it when the path no longer names anything. */
function clashLabel(versions: readonly unknown[], clash: Readonly<Record<string, unknown>>): Words {
  const path = Array.isArray(clash.path) && clash.path.every((key) => typeof key === 'string') ? (clash.path as string[]) : undefined;
  return (path === undefined ? undefined : fieldLabelIfNamed(versions, path)) ?? String(clash.label);
}

function describeClashes(versions: readonly unknown[], before: unknown, after: unknown, out: MessageRef[]): void {
  const [was, now] = [isIdList(before) ? before : [], isIdList(after) ? after : []];
  for (const clash of was) if (!now.some((entry) => entry.id === clash.id)) out.push(line('clash-settled', { label: clashLabel(versions, clash) }));
  for (const clash of now) if (!was.some((entry) => entry.id === clash.id)) out.push(line('clash', { label: clashLabel(versions, clash) }));
}

/** A commit's subject: the changes, cut to a line; the full list goes in the body. */
export function changeSubject(changes: readonly string[], fallback: string): string {
  if (changes.length === 0) return fallback;
  const subject = changes.join('; ');
  if (subject.length <= 100) return subject;
  const first = changes[0] ?? fallback;
  return `${first.length > 80 ? `${first.slice(0, 79)}…` : first} and ${changes.length - 1} more`;
}
