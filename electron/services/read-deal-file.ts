// Reads one deal file through lowdb and judges it: a valid deal, a missing file, or a named problem.
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import { Low } from 'lowdb';
import type { DealFileProblem } from '../../shared/api/contract';
import { DEAL_SCHEMA_VERSION, type Deal } from '../../shared/model/deal-schema';
import { validateDeal, type FieldIssue } from '../../shared/model/validation';
import { DealFileAdapter } from './deal-file-adapter';
import { fileProblem, newerVersionIssue, unreadableReason } from './file-problem';

export type DealFileRead =
  | { readonly kind: 'deal'; readonly deal: Deal }
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem'; readonly problem: DealFileProblem };

function problem(file: string, issues: readonly FieldIssue[]): DealFileRead {
  return { kind: 'problem', problem: fileProblem(file, issues) };
}

/**
 * Reads `path` and checks it is a deal file (v1 or v2; a v1 file comes back migrated to v2) whose
 * id matches its file name.
 * `file` is the name used in messages, e.g. `deals/acme.json`.
 */
export async function readDealFile(path: string, file: string): Promise<DealFileRead> {
  const db = new Low<unknown>(new DealFileAdapter(path), null);
  try {
    await db.read();
  } catch (error) {
    const message = unreadableReason(error);
    return problem(file, [{ path: '(document)', message }]);
  }
  if (db.data === null) {
    // lowdb reads a missing file and a file holding `null` alike; only the first is missing.
    const exists = await access(path).then(() => true, () => false);
    if (!exists) return { kind: 'missing' };
    return problem(file, [{ path: '(document)', message: 'expected a deal object, got null' }]);
  }
  const newer = newerVersionIssue(db.data, DEAL_SCHEMA_VERSION);
  if (newer !== undefined) return problem(file, [newer]);
  const validation = validateDeal(db.data);
  if (!validation.ok) return problem(file, validation.issues);
  const expectedName = `${validation.deal.id}.json`;
  if (basename(path) !== expectedName) {
    return problem(file, [
      {
        path: 'id',
        message: `"${validation.deal.id}" does not match the file name; expected the file to be named ${expectedName}`,
      },
    ]);
  }
  return { kind: 'deal', deal: validation.deal };
}
