// Writes one export into `<workspace>/exports/<name>/`: names checked again, a fresh folder claimed, each file written atomically.
import { messageRef, type MessageRef } from '../../../shared/i18n/message-ref';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { ExportedFiles } from '../../../shared/api/contract';
import { exportFileNameProblemRef, exportFolderNameProblemRef, MAX_EXPORT_BYTES } from '../../../shared/export/export-names';
import { isAlreadyExistsError, syncDirectory, writeFileDurably } from '../durable-file';
import { DealmapApiError } from '../dealmap-api-error';

export const EXPORTS_FOLDER = 'exports';
/** Enough suffixes for any realistic number of exports of one day. */
const MAX_SUFFIX = 999;

export interface ExportFileBytes {
  /** Relative to the export folder, at most one subfolder deep (`maps/acme.svg`). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function exportsFolder(workspace: string): string {
  return join(workspace, EXPORTS_FOLDER);
}

function refuse(reason: MessageRef): never {
  throw new DealmapApiError('invalid-payload', messageRef('host.export.refused', { reason }));
}

function megabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}

/** The same rules as the API's schema, again here: the services are also called without it. */
function checkExport(folderName: string, files: readonly ExportFileBytes[], maxBytes: number): void {
  const folderProblem = exportFolderNameProblemRef(folderName);
  if (folderProblem !== null) refuse(folderProblem);
  if (files.length === 0) refuse(messageRef('host.export.no-files'));
  const names = new Set<string>();
  const subfolders = new Set<string>();
  let total = 0;
  for (const file of files) {
    const problem = exportFileNameProblemRef(file.name);
    if (problem !== null) refuse(problem);
    // Case-insensitive, as on Windows and macOS, so an export never depends on the file system.
    const key = file.name.toLowerCase();
    if (names.has(key)) refuse(messageRef('host.export.twice', { name: file.name }));
    names.add(key);
    if (key.includes('/')) subfolders.add(key.split('/')[0] ?? '');
    total += file.bytes.byteLength;
  }
  for (const folder of subfolders) if (names.has(folder)) refuse(messageRef('host.export.file-and-folder', { name: folder }));
  if (total > maxBytes) refuse(messageRef('host.export.too-large', { size: megabytes(total), max: megabytes(maxBytes) }));
}

/** Creates `<root>/<name>`, or `<name>-2`, `-3`... when taken: an existing folder is never written into. */
async function claimFolder(root: string, folderName: string): Promise<string> {
  for (let suffix = 1; suffix <= MAX_SUFFIX; suffix += 1) {
    const folder = join(root, suffix === 1 ? folderName : `${folderName}-${suffix}`);
    try {
      await mkdir(folder);
      return folder;
    } catch (error) {
      if (!isAlreadyExistsError(error)) throw error;
    }
  }
  throw new DealmapApiError('already-exists', messageRef('host.export.names-taken', { folder: folderName, last: `${folderName}-${MAX_SUFFIX}` }));
}

/**
 * Writes the files into a new folder under `<workspace>/exports/`; on any failure the folder is
 * removed again. `maxBytes` defaults to what the page may send in one call.
 */
export async function writeExportFolder(
  workspace: string,
  folderName: string,
  files: readonly ExportFileBytes[],
  maxBytes = MAX_EXPORT_BYTES,
): Promise<ExportedFiles> {
  return writeFolderUnder(exportsFolder(workspace), folderName, files, maxBytes);
}

/** The same as writeExportFolder, into a new folder under any `parent` (the command line's output folder). */
export async function writeFolderUnder(
  parent: string,
  folderName: string,
  files: readonly ExportFileBytes[],
  maxBytes = MAX_EXPORT_BYTES,
): Promise<ExportedFiles> {
  checkExport(folderName, files, maxBytes);
  const root = resolve(parent);
  await mkdir(root, { recursive: true });
  const folder = await claimFolder(root, folderName);
  // The new folder's own entry in `root`, durable like the files inside it.
  await syncDirectory(root);
  try {
    for (const file of files) {
      const target = resolve(folder, ...file.name.split('/'));
      // The name rules already keep every file inside; this makes the guarantee independent of them.
      if (!target.startsWith(folder + sep)) refuse(messageRef('host.export.leaves-folder', { name: file.name }));
      await mkdir(dirname(target), { recursive: true });
      await writeFileDurably(target, file.bytes);
    }
    // Subfolders' entries (`maps/`): each file's own write synced only the folder it is in.
    await syncDirectory(folder);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  return { folder, files: files.map((file) => file.name) };
}
