// What a what-if changed against the saved deal, in words: lens criteria, people, relations, placeholders, every field.
import { compareCriteria, describeCriterionChange } from '../actions/criteria-changes';
import { qualifyDeal } from '../engine/qualify-deal';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { QualifyOptions } from '../engine/types';
import { scoreLens } from '../lenses/score-lens';
import type { Deal } from '../model/deal-schema';
import { livePlaceholders } from '../model/placeholders';
import { placeholderMessage } from '../model/placeholder-text';
import { relationChanges, stakeholderChanges } from '../review/buying-center-changes';
import { snapshotDeal } from '../review/deal-snapshot';
import { fieldChanges } from './field-changes';
import { fieldValueWords } from '../merge/coded-field-change';
import { fieldLabel, type Words } from '../merge/field-label';
import { fieldPathKeys } from '../model/deal-field-labels';

export type WhatIfDifferenceKind = 'criterion' | 'buying-center' | 'placeholder' | 'field';

export interface WhatIfDifference {
  readonly kind: WhatIfDifferenceKind;
  /** One line, as a message: "Raises Budget from missing to identified", "Ola Berg's influence rose from 1 to 2.". */
  readonly text: MessageRef;
}

/** Stakeholder fields the buying-center lines already say; the catch-all leaves them out. */
const SAID_BY_PEOPLE = /^stakeholders\[[^\]]+\]\.(name|title|role|stance|interest|influence)$/;

function idOf(path: string, list: 'stakeholders' | 'relations'): string | undefined {
  return new RegExp(`^${list}\\[([^\\]]+)\\]`).exec(path)?.[1];
}

/** A leaf's JSON text as the history words its value (a person by name, "—" for empty), "none" where the field is not there. */
function leafWords(versions: readonly unknown[], path: readonly string[], json: string | null): Words {
  return json === null ? messageRef('changes.none') : fieldValueWords(versions, path, JSON.parse(json));
}

/**
 * Pure. Empty exactly when the scratch copy equals the saved deal (revision and updatedAt aside):
 * every other difference is at least one line, the lens's criteria (as the verdict reads them,
 * placeholders never validating), the people and relations as the review words them, the
 * placeholders added or confirmed, and then any other field by its path.
 */
export function whatIfDifferences(saved: Deal, scratch: Deal, options: QualifyOptions): WhatIfDifference[] {
  if (saved === scratch) return [];
  const fields = fieldChanges(saved, scratch);
  if (fields.length === 0) return [];
  const lines: WhatIfDifference[] = [];
  const lensBefore = qualifyDeal(saved, options).lens ?? 'qualified-prospect';
  const lensAfter = qualifyDeal(scratch, options).lens ?? lensBefore;
  if (lensBefore !== lensAfter) {
    const lensName = (lens: string) => messageRef(`vocabulary.lens.${lens}`);
    lines.push({ kind: 'criterion', text: messageRef('whatif.line.lens', { after: lensName(lensAfter), before: lensName(lensBefore) }) });
  } else {
    const changes = compareCriteria(scoreLens(saved, lensBefore, options), scoreLens(scratch, lensAfter, options));
    for (const change of changes) lines.push({ kind: 'criterion', text: describeCriterionChange(change) });
  }
  const qualification = { stage: 'lead' as const, score: 0, gaps: [] };
  const [before, after] = [snapshotDeal(saved, qualification), snapshotDeal(scratch, qualification)];
  for (const change of [...stakeholderChanges(before, after), ...relationChanges(before, after)]) {
    lines.push({ kind: 'buying-center', text: change.line });
  }
  const marksBefore = new Set(livePlaceholders(saved).map((mark) => `${mark.path}=${String(mark.value)}`));
  const marksAfter = livePlaceholders(scratch);
  for (const mark of marksAfter) {
    if (!marksBefore.has(`${mark.path}=${String(mark.value)}`)) lines.push({ kind: 'placeholder', text: messageRef('whatif.line.placeholder', { placeholder: placeholderMessage(scratch, mark) }) });
  }
  const added = new Set(after.stakeholders.filter((p) => !before.stakeholders.some((q) => q.id === p.id)).map((p) => p.id));
  const removed = new Set(before.stakeholders.filter((p) => !after.stakeholders.some((q) => q.id === p.id)).map((p) => p.id));
  const relationIds = new Set([...before.relations, ...after.relations].map((relation) => relation.id));
  const moved = new Set(fields.filter((field) => field.path.startsWith('layout.')).map((field) => field.path.split('.')[1]));
  if (moved.size > 0) lines.push({ kind: 'field', text: messageRef('whatif.line.layout', { count: moved.size }) });
  for (const { path, from, to } of fields) {
    if (path.startsWith('layout')) continue;
    const person = idOf(path, 'stakeholders');
    if (person !== undefined && (added.has(person) || removed.has(person) || SAID_BY_PEOPLE.test(path))) continue;
    const relation = idOf(path, 'relations');
    if (relation !== undefined && relationIds.has(relation)) continue;
    if (path.startsWith('placeholders')) continue;
    const [versions, keys] = [[scratch, saved], fieldPathKeys(path)];
    lines.push({ kind: 'field', text: messageRef('whatif.line.field', { field: fieldLabel(versions, keys), from: leafWords(versions, keys, from), to: leafWords(versions, keys, to) }) });
  }
  // A change only the catch-all could see, and it skipped (a mark that no longer stands): still a difference.
  if (lines.length === 0) lines.push({ kind: 'field', text: messageRef('whatif.line.fields', { count: fields.length }) });
  return lines;
}
