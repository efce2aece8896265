// The one durable write on real files: whole replacement, exclusive create, temp files the sweep knows.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileDurably, isAlreadyExistsError, removeFileDurably, tempPathFor, writeFileDurably } from '../../../electron/services/durable-file';
import { writeFolderUnder } from '../../../electron/services/export/export-folder';
import { TEMP_FILE_NAME } from '../../../electron/services/sweep-temp-files';
import { useTempWorkspace } from '../../support/temp-workspace';

const folder = useTempWorkspace();

describe('durable file writes', () => {
  it('replaces text and bytes whole and leaves no temp file', async () => {
    const file = join(folder(), 'settings.json');
    await writeFile(file, 'a longer old content that must not survive in part');
    await writeFileDurably(file, '{"a":1}\n');
    expect(await readFile(file, 'utf8')).toBe('{"a":1}\n');
    await writeFileDurably(file, new Uint8Array([0x7b, 0x7d]));
    expect(await readFile(file, 'utf8')).toBe('{}');
    expect(await readdir(folder())).toEqual(['settings.json']);
  });

  it('creates exclusively: an existing file is kept byte for byte', async () => {
    const file = join(folder(), 'coaching.json');
    await createFileDurably(file, 'first');
    const error: unknown = await createFileDurably(file, 'second').catch((reason: unknown) => reason);
    expect(isAlreadyExistsError(error)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('first');
    expect(await readdir(folder())).toEqual(['coaching.json']);
    await removeFileDurably(file);
    expect(await readdir(folder())).toEqual([]);
  });

  it('removes its temp file when the rename fails, and names temp files as the startup sweep expects', async () => {
    const target = join(folder(), 'taken');
    await mkdir(join(target, 'inside'), { recursive: true });
    await expect(writeFileDurably(target, 'text')).rejects.toThrow();
    expect(await readdir(folder())).toEqual(['taken']);
    const temp = basename(tempPathFor(join(folder(), 'acme.json')));
    expect(TEMP_FILE_NAME.exec(temp)?.[1]).toBe(String(process.pid));
  });

  it('writes an export folder, subfolders included, through the same write', async () => {
    const written = await writeFolderUnder(folder(), 'map-acme', [
      { name: 'acme.svg', bytes: new TextEncoder().encode('<svg/>') },
      { name: 'maps/acme.svg', bytes: new TextEncoder().encode('<svg></svg>') },
    ]);
    expect(await readFile(join(written.folder, 'maps', 'acme.svg'), 'utf8')).toBe('<svg></svg>');
    expect((await readdir(written.folder)).sort()).toEqual(['acme.svg', 'maps']);
  });
});
