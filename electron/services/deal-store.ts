// Reads and writes single deals with revision checks: nothing on disk is silently overwritten.
import { mkdir } from 'node:fs/promises';
import { messageRef } from '../../shared/i18n/message-ref';
import { fileProblemRef } from '../../shared/model/file-problem-text';
import { dealFingerprint } from '../../shared/model/deal-fingerprint';
import type { Deal } from '../../shared/model/deal-schema';
import { MAX_DEAL_FILE_BYTES, MAX_JSON_DEPTH, valueTooDeep } from '../../shared/model/json-limits';
import { DealFileAdapter } from './deal-file-adapter';
import { serializeDeal } from './deal-file-order';
import { DealmapApiError } from './dealmap-api-error';
import { readDealFile } from './read-deal-file';
import { dealFileLabel, dealFilePath, dealsFolder } from './workspace-paths';

/** Reads a deal that must exist and be valid; otherwise throws not-found or unreadable-file. */
export async function readExistingDeal(workspace: string, id: string): Promise<Deal> {
  const read = await readDealFile(dealFilePath(workspace, id), dealFileLabel(id));
  if (read.kind === 'missing') {
    throw new DealmapApiError('not-found', messageRef('host.deal.not-found', { id, file: dealFileLabel(id) }));
  }
  if (read.kind === 'problem') {
    throw new DealmapApiError('unreadable-file', fileProblemRef(read.problem));
  }
  return read.deal;
}

/**
 * The on-disk deal an edit may replace: same revision as the edit started from and, when `base`
 * (a dealFingerprint) is given, the very content it started from.
 * `name` is the deal's name as the user knows it, for the messages.
 */
export async function readDealForChange(
  workspace: string,
  id: string,
  name: string,
  startedFrom: number,
  action: 'saved' | 'deleted',
  base?: string,
): Promise<Deal> {
  const file = dealFileLabel(id);
  const read = await readDealFile(dealFilePath(workspace, id), file);
  if (read.kind === 'missing') {
    throw new DealmapApiError('not-found', messageRef('host.deal.deleted', { name, file, action }));
  }
  if (read.kind === 'problem') {
    throw new DealmapApiError('unreadable-file', messageRef('host.deal.unreadable', { problem: fileProblemRef(read.problem), action }));
  }
  const onDisk = read.deal;
  if (onDisk.revision !== startedFrom) {
    throw new DealmapApiError('conflict', messageRef('host.deal.revision', { name: onDisk.name, file, onDisk: onDisk.revision, startedFrom, action }));
  }
  // A hand edit or a sync tool may change the file and keep its revision.
  if (base !== undefined && dealFingerprint(onDisk) !== base) {
    throw new DealmapApiError('conflict', messageRef('host.deal.edited', { name: onDisk.name, file, onDisk: onDisk.revision, action }));
  }
  return onDisk;
}

const megabytes = (bytes: number) => bytes / (1024 * 1024);

/** Refuses a deal its file could not hold: too deeply nested, or larger than a deal file may be once written. */
function refuseBeyondLimits(deal: Deal): void {
  const file = dealFileLabel(deal.id);
  if (valueTooDeep(deal)) {
    throw new DealmapApiError('invalid-payload', messageRef('host.deal.too-deep', { name: deal.name, file, max: MAX_JSON_DEPTH }));
  }
  const bytes = Buffer.byteLength(serializeDeal(deal));
  if (bytes > MAX_DEAL_FILE_BYTES) {
    throw new DealmapApiError('invalid-payload', messageRef('host.deal.too-large', { name: deal.name, file, size: megabytes(bytes), max: megabytes(MAX_DEAL_FILE_BYTES) }));
  }
}

/** Replaces the deal's file atomically and durably; a deal beyond the file limits is refused. */
export async function writeDeal(workspace: string, deal: Deal): Promise<void> {
  refuseBeyondLimits(deal);
  await new DealFileAdapter(dealFilePath(workspace, deal.id)).write(deal);
}

/** Writes a new deal file; throws the EEXIST error if the id is taken. */
export async function writeNewDeal(workspace: string, deal: Deal): Promise<void> {
  refuseBeyondLimits(deal);
  await mkdir(dealsFolder(workspace), { recursive: true });
  await new DealFileAdapter(dealFilePath(workspace, deal.id)).create(deal);
}

export async function removeDealFile(workspace: string, id: string): Promise<void> {
  await new DealFileAdapter(dealFilePath(workspace, id)).remove();
}

/** Keeps map positions only for stakeholders the deal still has. */
export function pruneLayout(deal: Deal): Deal {
  if (deal.layout === undefined) return deal;
  const ids = new Set(deal.stakeholders.map((stakeholder) => stakeholder.id));
  const layout = Object.fromEntries(Object.entries(deal.layout).filter(([id]) => ids.has(id)));
  return { ...deal, layout };
}
