// Merges one file that both sides changed: deal files field by field, other JSON key by key; a damaged file is never rewritten.
import type { Clash } from '../../../shared/model/deal-schema';
import { mergeDeals, type MergeAuthor } from '../../../shared/merge/merge-deals';
import { mergeJson, type MergeNotes } from '../../../shared/merge/three-way-json';
import { workspaceFileFieldLabel } from '../../../shared/merge/workspace-file-field-label';
import { messageRef, type MessageRef } from '../../../shared/i18n/message-ref';
import { fileProblemRef } from '../../../shared/model/file-problem-text';
import { serializeDeal } from '../deal-file-order';
import { judgeDealText } from '../read-deal-file';

export interface FileMerge {
  /** The merged text, or null: the file is removed. */
  readonly text: string | null;
  readonly clashes: readonly Clash[];
  /** What a person should know: kept edits, damaged files, values kept only in history; rendered in English for git. */
  readonly notes: readonly MessageRef[];
}

export interface FileVersions {
  readonly path: string;
  readonly base: string | null;
  readonly ours: string | null;
  readonly theirs: string | null;
}

export const isDealPath = (path: string): boolean => /^deals\/[^/]+\.json$/.test(path);

function judged(path: string, text: string | null) {
  return text === null ? null : judgeDealText(text, path.slice('deals/'.length), path);
}

function mergeDealFile(files: FileVersions, authors: { ours: MergeAuthor; theirs: MergeAuthor }): FileMerge {
  const { path } = files;
  const [base, ours, theirs] = [judged(path, files.base), judged(path, files.ours), judged(path, files.theirs)];
  if (theirs?.kind === 'problem') {
    // Never rewritten: the damaged file stays as it arrived; our version stays in our commit.
    return { text: files.theirs, clashes: [], notes: [messageRef('team.merge.damaged-theirs', { problem: fileProblemRef(theirs.problem), by: authors.theirs.by })] };
  }
  if (ours?.kind === 'problem') {
    return { text: files.ours, clashes: [], notes: [messageRef('team.merge.damaged-ours', { problem: fileProblemRef(ours.problem), by: authors.theirs.by })] };
  }
  if (ours === null || theirs === null) {
    const kept = ours ?? theirs;
    const [deleter, editor] = ours === null ? [authors.ours.by, authors.theirs.by] : [authors.theirs.by, authors.ours.by];
    const name = kept?.kind === 'deal' ? kept.deal.name : path;
    return { text: ours === null ? files.theirs : files.ours, clashes: [], notes: [messageRef('team.merge.deal-kept', { deal: name, file: path, deleter, editor })] };
  }
  if (ours.kind !== 'deal' || theirs.kind !== 'deal') return { text: files.ours, clashes: [], notes: [] };
  const merged = mergeDeals(base?.kind === 'deal' ? base.deal : null, ours.deal, theirs.deal, authors);
  return {
    text: serializeDeal(merged.deal),
    clashes: merged.clashes,
    notes: merged.keptEdits.map((kept) => messageRef('team.merge.in-deal', { deal: merged.deal.name, file: path, note: kept })),
  };
}

function parsed(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return Symbol.for('unreadable');
  }
}

/** Settings and reviews: merged key by key; a clash keeps ours and says that theirs is in the history. */
function mergeOtherFile(files: FileVersions, authors: { ours: MergeAuthor; theirs: MergeAuthor }): FileMerge {
  const [base, ours, theirs] = [parsed(files.base), parsed(files.ours), parsed(files.theirs)];
  if (!files.path.endsWith('.json') || [base, ours, theirs].some((value) => typeof value === 'symbol')) {
    return { text: files.ours, clashes: [], notes: [messageRef('team.merge.file-both', { file: files.path, by: authors.theirs.by })] };
  }
  const notes: MergeNotes = { clashes: [], keptEdits: [] };
  const merged = mergeJson(base, ours, theirs, [], notes);
  const clashNotes = notes.clashes.map((clash) => messageRef('team.merge.field-both', { file: files.path, field: workspaceFileFieldLabel(files.path, ours, clash.path), by: authors.theirs.by }));
  return { text: merged === undefined ? null : `${JSON.stringify(merged, null, 2)}\n`, clashes: [], notes: clashNotes };
}

/** The merge of a file both sides changed (a side that deleted it has null). */
export function mergeFile(files: FileVersions, authors: { ours: MergeAuthor; theirs: MergeAuthor }): FileMerge {
  if (files.ours === files.theirs) return { text: files.ours, clashes: [], notes: [] };
  if (files.base === files.ours) return { text: files.theirs, clashes: [], notes: [] };
  if (files.base === files.theirs) return { text: files.ours, clashes: [], notes: [] };
  return isDealPath(files.path) ? mergeDealFile(files, authors) : mergeOtherFile(files, authors);
}
