// Real workspace folders under the system temp folder for tests, and deal files put there by hand.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Deal } from '../../shared/model/deal-schema';

export function makeTempWorkspace(prefix = 'dealmap-workspace-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeTempWorkspace(workspace: string | undefined): Promise<void> {
  if (workspace) await rm(workspace, { recursive: true, force: true });
}

/**
 * A fresh empty workspace for each test ('each') or for the whole file ('all'), removed afterwards.
 * Returns a getter, as the folder exists only once the hook has run.
 */
export function useTempWorkspace(scope: 'each' | 'all' = 'each'): () => string {
  let workspace: string | undefined;
  const create = async () => {
    workspace = await makeTempWorkspace();
  };
  const remove = async () => {
    await removeTempWorkspace(workspace);
    workspace = undefined;
  };
  if (scope === 'each') {
    beforeEach(create);
    afterEach(remove);
  } else {
    beforeAll(create);
    afterAll(remove);
  }
  return () => {
    if (workspace === undefined) throw new Error('the temp workspace exists only inside tests and hooks');
    return workspace;
  };
}

/** Writes `deals/<name>` with the given text (or the deal as JSON), as a user or a sync tool would. */
export async function putDealFile(workspace: string, name: string, content: string | Deal): Promise<string> {
  await mkdir(join(workspace, 'deals'), { recursive: true });
  const path = join(workspace, 'deals', name);
  await writeFile(path, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return path;
}
