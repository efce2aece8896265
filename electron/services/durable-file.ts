// The one atomic, durable write of the workspace: temp file, fsync, rename, fsync the folder.
import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** True when a file system call failed because the file is not there. */
export function isMissingFileError(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

/** True when an exclusive create failed because the target already exists. */
export function isAlreadyExistsError(error: unknown): boolean {
  return errorCode(error) === 'EEXIST';
}

/** Flushes a folder's entry list so a rename or unlink in it survives a power cut. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open a folder for fsync (EISDIR/EPERM/EACCES) and some file systems
    // refuse it (EINVAL/ENOTSUP); there the rename itself is as durable as the platform allows.
    const code = errorCode(error);
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF'].includes(code ?? '')) {
      throw error;
    }
  } finally {
    await handle?.close();
  }
}

/** `.<name>.<pid>.<hex>.tmp` beside `file`: the shape sweep-temp-files.ts recognises and removes. */
export function tempPathFor(file: string): string {
  const suffix = `${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  return join(dirname(file), `.${basename(file)}.${suffix}`);
}

/** Temporary files are hidden (leading dot) and end in `.tmp`, so listings skip them. */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.tmp');
}

/** Writes `content` to a fresh temporary file beside `file` and fsyncs it; returns its path. */
async function writeSyncedTemp(file: string, content: string | Uint8Array): Promise<string> {
  const temp = tempPathFor(file);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temp;
}

/** Replaces `file` whole (strings as UTF-8): readers see the old or the new content, never half, even after a power cut. */
export async function writeFileDurably(file: string, content: string | Uint8Array): Promise<void> {
  const temp = await writeSyncedTemp(file, content);
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(file));
}

/** Like writeFileDurably, but fails with EEXIST instead of replacing a file that is already there. */
export async function createFileDurably(file: string, content: string | Uint8Array): Promise<void> {
  const temp = await writeSyncedTemp(file, content);
  try {
    // A hard link is atomic and exclusive: it either claims the name whole or fails.
    await link(temp, file);
  } catch (error) {
    if (isAlreadyExistsError(error)) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    // File systems without hard links (FAT, some sync folders): claim the name, then rename.
    await claimThenRename(temp, file);
    return;
  }
  await unlink(temp);
  await syncDirectory(dirname(file));
}

async function claimThenRename(temp: string, file: string): Promise<void> {
  let claimed = false;
  try {
    await (await open(file, 'wx')).close();
    claimed = true;
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    // Only the empty file this call claimed is removed; someone else's file is never touched.
    if (claimed) await unlink(file).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(file));
}

/** Removes `file` and makes the removal durable. */
export async function removeFileDurably(file: string): Promise<void> {
  await unlink(file);
  await syncDirectory(dirname(file));
}
