// The per-field three-way merge of one deal's file: what git hands over as base, ours and theirs becomes one valid deal.
import { contentFingerprint } from '../model/content-fingerprint';
import { dealSchema, type Clash, type Deal } from '../model/deal-schema';
import { dealmapIntl } from '../i18n/dealmap-intl';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import { fieldLabel, wordsIn } from './field-label';
import { isRecord, type JsonRecord } from './json-values';
import { repairReferences } from './repair-references';
import { mergeJson, type FieldClash, type KeptEdit, type MergeNotes } from './three-way-json';

/** Who made one side's version and when (from git: the author of the last commit that changed the file). */
export interface MergeAuthor {
  readonly by: string;
  readonly at: string;
}

export interface DealMerge {
  readonly deal: Deal;
  /** The clashes this merge found (also recorded in `deal.clashes`). */
  readonly clashes: readonly Clash[];
  /** Items one side deleted and the other edited: kept, as messages ("Anders Holm: deleted by Sara, edited by Nils; kept"). */
  readonly keptEdits: readonly MessageRef[];
}

/** Fields every save changes: not merged, the merge gives them their own values. */
const BOOKKEEPING = ['revision', 'updatedAt'] as const;

function withoutBookkeeping(deal: unknown): JsonRecord | undefined {
  if (!isRecord(deal)) return undefined;
  return Object.fromEntries(Object.entries(deal).filter(([key]) => !(BOOKKEEPING as readonly string[]).includes(key)));
}

function clashRecord(versions: readonly unknown[], found: FieldClash, authors: { ours: MergeAuthor; theirs: MergeAuthor }): Clash {
  const id = `clash-${contentFingerprint([found.path, found.ours, found.theirs])}`;
  return {
    id,
    path: [...found.path],
    // The file records the field in English for other tools and older Dealmaps; the app names it from `path`.
    label: wordsIn(dealmapIntl('en'), fieldLabel(versions, found.path)),
    current: { ...(found.ours === undefined ? {} : { value: found.ours }), ...authors.ours },
    other: { ...(found.theirs === undefined ? {} : { value: found.theirs }), ...authors.theirs },
  };
}

function keptWords(versions: readonly unknown[], kept: KeptEdit, authors: { ours: MergeAuthor; theirs: MergeAuthor }): MessageRef {
  const [deleter, editor] = kept.deletedBy === 'ours' ? [authors.ours.by, authors.theirs.by] : [authors.theirs.by, authors.ours.by];
  return messageRef('team.merge.kept-edit', { field: fieldLabel(versions, kept.path), deleter, editor });
}

/**
 * Merges two versions of a deal against their common ancestor (null: both created it). Edits to
 * different fields or people all survive; a true clash keeps ours in the field and theirs in
 * `clashes`; a merge that would break a rule across fields keeps ours whole and theirs as one clash.
 */
export function mergeDeals(base: Deal | null, ours: Deal, theirs: Deal, authors: { ours: MergeAuthor; theirs: MergeAuthor }): DealMerge {
  const notes: MergeNotes = { clashes: [], keptEdits: [] };
  const versions = [ours, theirs, base];
  const merged = mergeJson(withoutBookkeeping(base), withoutBookkeeping(ours), withoutBookkeeping(theirs), [], notes);
  const repaired = repairReferences(merged as JsonRecord, versions, notes);
  const found = notes.clashes.map((clash) => clashRecord(versions, clash, authors));
  const clashes = [...((repaired.clashes as Clash[] | undefined) ?? []).filter((kept) => !found.some((clash) => clash.id === kept.id)), ...found];
  const bookkeeping = {
    revision: Math.max(ours.revision, theirs.revision) + 1,
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
  };
  const candidate = { ...repaired, ...(clashes.length > 0 ? { clashes } : {}), ...bookkeeping };
  if (clashes.length === 0) delete (candidate as Record<string, unknown>).clashes;
  const parsed = dealSchema.safeParse(candidate);
  const keptEdits = notes.keptEdits.map((kept) => keptWords(versions, kept, authors));
  if (parsed.success) return { deal: parsed.data, clashes: found, keptEdits };
  // Rare (two edits that together break a rule, e.g. a relation from a person to themself): nothing is lost either way.
  const whole = clashRecord(versions, { path: [], base, ours: withoutBookkeeping(ours), theirs: withoutBookkeeping(theirs) }, authors);
  const fallback: Deal = { ...ours, clashes: [...(ours.clashes ?? []), whole], ...bookkeeping };
  return { deal: fallback, clashes: [whole], keptEdits };
}
