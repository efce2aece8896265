// Temp files of crashed saves: removed when a process opens the workspace, never listed.
import { spawnSync } from 'node:child_process';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { buildDeal } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace();

/** The pid of a process that has already exited: its temp files are abandoned. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('leftover temp files', () => {
  it('are removed at startup when their writer is gone or they are old, and a live writer keeps its own', async () => {
    await putDealFile(workspace(), 'acme.json', buildDeal({ id: 'acme', name: 'Acme' }));
    const deals = join(workspace(), 'deals');
    const dead = `.acme.json.${deadPid()}.0a1b2c3d4e5f.tmp`;
    const old = `.acme.json.${process.pid}.aaaaaaaaaaaa.tmp`;
    const live = `.acme.json.${process.pid}.bbbbbbbbbbbb.tmp`;
    for (const name of [dead, old, live]) await writeFile(join(deals, name), '{"half": ');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await utimes(join(deals, old), longAgo, longAgo);
    await writeFile(join(workspace(), `.settings.json.${deadPid()}.0a1b2c3d4e5f.tmp`), '{');

    const listing = await createDealmapServices({ workspace: workspace() }).listDeals({});
    expect(listing.deals.map((deal) => deal.id)).toEqual(['acme']);
    expect(listing.problems).toEqual([]);
    expect((await readdir(deals)).sort()).toEqual([live, 'acme.json'].sort());
    expect((await readdir(workspace())).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
