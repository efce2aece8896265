// lowdb adapter for one deal file: plain JSON read, atomic and durable write, exclusive create.
import { randomBytes } from 'node:crypto';
import { open, rename, unlink, link } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { MAX_DEAL_FILE_BYTES } from '../../shared/model/json-limits';
import { serializeDeal } from './deal-file-order';
import { readJsonFile } from './read-json-file';

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

function tempPathFor(file: string): string {
  const suffix = `${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  return join(dirname(file), `.${basename(file)}.${suffix}`);
}

/** Temporary files are hidden (leading dot) and end in `.tmp`, so listings skip them. */
export function isTempFileName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.tmp');
}

/** Writes `text` to a fresh temporary file beside `file` and fsyncs it; returns its path. */
async function writeSyncedTemp(file: string, text: string): Promise<string> {
  const temp = tempPathFor(file);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temp;
}

export class DealFileAdapter implements Adapter<unknown> {
  /** `serialize` gives the file's text; other JSON files of the workspace (reviews) pass their own. */
  constructor(
    readonly file: string,
    private readonly serialize: (data: unknown) => string = serializeDeal,
    /** Reviews hold every deal's snapshot and may be larger than a deal file. */
    private readonly maxBytes: number = MAX_DEAL_FILE_BYTES,
  ) {}

  /**
   * The parsed JSON, or null when the file does not exist; throws SyntaxError on bad JSON and
   * UnsafeFileError for anything but a regular file within the limits.
   */
  read(): Promise<unknown> {
    return readJsonFile(this.file, this.maxBytes);
  }

  /** Temp file, fsync, rename over the target, fsync the folder: readers see old or new, never half. */
  async write(data: unknown): Promise<void> {
    const temp = await writeSyncedTemp(this.file, this.serialize(data));
    try {
      await rename(temp, this.file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncDirectory(dirname(this.file));
  }

  /** Like write, but fails with EEXIST instead of replacing a file that is already there. */
  async create(data: unknown): Promise<void> {
    const temp = await writeSyncedTemp(this.file, this.serialize(data));
    try {
      // A hard link is atomic and exclusive: it either claims the name whole or fails.
      await link(temp, this.file);
    } catch (error) {
      if (isAlreadyExistsError(error)) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      // File systems without hard links (FAT, some sync folders): claim the name, then rename.
      await this.claimThenRename(temp);
      return;
    }
    await unlink(temp);
    await syncDirectory(dirname(this.file));
  }

  private async claimThenRename(temp: string): Promise<void> {
    let claimed = false;
    try {
      await (await open(this.file, 'wx')).close();
      claimed = true;
      await rename(temp, this.file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      // Only the empty file this call claimed is removed; someone else's file is never touched.
      if (claimed) await unlink(this.file).catch(() => undefined);
      throw error;
    }
    await syncDirectory(dirname(this.file));
  }

  /** Removes the file and makes the removal durable. */
  async remove(): Promise<void> {
    await unlink(this.file);
    await syncDirectory(dirname(this.file));
  }
}
