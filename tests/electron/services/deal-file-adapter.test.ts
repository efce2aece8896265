// DealFileAdapter on real files: whole-file replacement, exclusive create, no temp files left behind.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DealFileAdapter } from '../../../electron/services/deal-file-adapter';
import { isAlreadyExistsError } from '../../../electron/services/durable-file';
import { buildHealthyDeal } from '../../support/deal-builder';
import { useTempWorkspace } from '../../support/temp-workspace';

const folder = useTempWorkspace();

describe('DealFileAdapter', () => {
  it('round-trips a deal and leaves only the target file', async () => {
    const file = join(folder(), 'northwind-erp.json');
    await writeFile(file, 'old content that is longer than nothing');
    await new DealFileAdapter(file).write(buildHealthyDeal());
    expect(await new DealFileAdapter(file).read()).toEqual(buildHealthyDeal());
    expect(await readdir(folder())).toEqual(['northwind-erp.json']);
  });

  it('reads a missing file as null and throws a SyntaxError on bad JSON', async () => {
    expect(await new DealFileAdapter(join(folder(), 'none.json')).read()).toBeNull();
    await writeFile(join(folder(), 'bad.json'), '{');
    await expect(new DealFileAdapter(join(folder(), 'bad.json')).read()).rejects.toBeInstanceOf(SyntaxError);
  });

  it('create refuses an existing file, keeps it byte for byte and cleans up its temp file', async () => {
    const file = join(folder(), 'northwind-erp.json');
    await writeFile(file, 'hand-written');
    const error: unknown = await new DealFileAdapter(file).create(buildHealthyDeal()).catch((reason: unknown) => reason);
    expect(isAlreadyExistsError(error)).toBe(true);
    expect(await readFile(file, 'utf8')).toBe('hand-written');
    expect(await readdir(folder())).toEqual(['northwind-erp.json']);
  });
});
