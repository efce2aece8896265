// When `npm run serve` rebuilds the renderer: missing build, sources newer than the build, or neither.
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleRendererReason } from '../../../electron/host/ensure-renderer-build';
import { useTempWorkspace } from '../../support/temp-workspace';

const root = useTempWorkspace();

async function touch(path: string, secondsAgo: number): Promise<void> {
  await writeFile(path, 'x');
  const at = new Date(Date.now() - secondsAgo * 1000);
  await utimes(path, at, at);
}

async function project(): Promise<{ repo: string; dist: string }> {
  const repo = root();
  await mkdir(join(repo, 'renderer', 'map'), { recursive: true });
  await mkdir(join(repo, 'shared'), { recursive: true });
  await mkdir(join(repo, 'dist', 'renderer'), { recursive: true });
  return { repo, dist: join(repo, 'dist', 'renderer') };
}

describe('staleRendererReason', () => {
  it('asks for a build when dist/renderer has no index.html', async () => {
    const { repo, dist } = await project();
    expect(await staleRendererReason(repo, dist)).toBe('dist/renderer is missing');
  });

  it('asks for a build when a source deep in renderer/ or shared/ is newer than the build', async () => {
    const { repo, dist } = await project();
    await touch(join(dist, 'index.html'), 60);
    await touch(join(repo, 'renderer', 'map', 'node.tsx'), 10);
    expect(await staleRendererReason(repo, dist)).toBe('the sources changed since the last build');
  });

  it('keeps a build newer than every source', async () => {
    const { repo, dist } = await project();
    await touch(join(repo, 'renderer', 'map', 'node.tsx'), 120);
    await touch(join(repo, 'shared', 'engine.ts'), 120);
    await touch(join(repo, 'vite.config.ts'), 120);
    for (const folder of ['renderer', 'renderer/map', 'shared']) {
      const at = new Date(Date.now() - 120_000);
      await utimes(join(repo, folder), at, at);
    }
    await touch(join(dist, 'index.html'), 5);
    expect(await staleRendererReason(repo, dist)).toBeNull();
  });
});
