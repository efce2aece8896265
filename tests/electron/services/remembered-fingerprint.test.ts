// A thread module's code fingerprint is remembered with the files it was bundled from, and not trusted once one of them changes.
import { appendFile, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rememberedFingerprint } from '../../../electron/services/remembered-fingerprint';
import { moduleFingerprint } from '../../../electron/services/thread-pool';
import { useTempWorkspace } from '../../support/temp-workspace';

const folder = useTempWorkspace('each');

async function writeModule(name: string): Promise<URL> {
  // esbuild is found from the module, as the report's worker finds it in the repository.
  await symlink(fileURLToPath(new URL('../../../node_modules', import.meta.url)), join(folder(), 'node_modules')).catch(() => undefined);
  await writeFile(join(folder(), `${name}-weight.ts`), 'export const weight = 3;\n');
  await writeFile(join(folder(), `${name}.ts`), `import { weight } from './${name}-weight';\nexport const doubled = weight * 2;\n`);
  return pathToFileURL(join(folder(), `${name}.ts`));
}

const rememberedText = (path: string) => readFile(path, 'utf8').catch(() => null);

describe('remembered module fingerprint', () => {
  it('is read back while no bundled file changed, and not trusted once one did or the file is damaged', async () => {
    const worker = await writeModule('settled');
    // Written this close to their bundling, files could change unseen within one timestamp tick: such a bundle is not remembered.
    const fresh = await writeModule('fresh');
    await new Promise((resolve) => setTimeout(resolve, 2_600));
    const remembered = join(folder(), 'cache', 'report-code.json');
    const real = rememberedFingerprint(worker, remembered);
    expect(real).toMatch(/^[0-9a-f]{40}$/);
    expect(real).toBe(moduleFingerprint(worker));
    const text = await rememberedText(remembered);
    expect(text).toContain(join(folder(), 'settled-weight.ts'));
    // Read back, not bundled: a fingerprint swapped in the file is what comes back.
    await writeFile(remembered, (text ?? '').replace(real ?? '', 'swapped'));
    expect(rememberedFingerprint(worker, remembered)).toBe('swapped');
    // An imported file changed: the code is fingerprinted again.
    await appendFile(join(folder(), 'settled-weight.ts'), '// changed\n');
    expect(rememberedFingerprint(worker, remembered)).toBe(real);
    await writeFile(remembered, '{ "module": ');
    expect(rememberedFingerprint(worker, remembered)).toBe(real);
    const freshFile = join(folder(), 'cache', 'fresh-code.json');
    await writeFile(join(folder(), 'fresh-weight.ts'), 'export const weight = 4;\n');
    expect(rememberedFingerprint(fresh, freshFile)).toBe(moduleFingerprint(fresh));
    expect(await rememberedText(freshFile)).toBeNull();
  }, 30_000);
});
