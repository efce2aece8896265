// The map diagnostics' common ground: Chromium's flags and a temporary workspace holding one generated N-person deal (and a small one).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeDeal } from '../../electron/services/deal-file-order';
import { generateDeal } from '../../electron/services/generate';
import { computeLayout } from '../../shared/layout/auto-layout';
import type { Deal } from '../../shared/model/deal-schema';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface MapBenchWorkspace {
  readonly workspace: string;
  /** The generated deal of `people` people, laid out as the map would lay it out. */
  readonly deal: Deal;
}

/** A fresh workspace under the system's temp folder with the N-person deal and a three-person one to switch away to. */
export async function writeMapBenchWorkspace(name: string, people: number): Promise<MapBenchWorkspace> {
  const workspace = join(tmpdir(), `dealmap-${name}-${process.pid}`);
  await rm(workspace, { recursive: true, force: true });
  await mkdir(join(workspace, 'deals'), { recursive: true });
  const generated = generateDeal(0, 2026, '2026-11-27', people);
  const deal: Deal = { ...generated, id: `bench-${people}`, name: `Bench map ${people} people`, layout: computeLayout(generated) };
  const small = { ...generateDeal(1, 2026, '2026-11-27', 3), id: 'bench-small', name: 'Bench small deal' };
  await Promise.all([small, deal].map((d) => writeFile(join(workspace, 'deals', `${d.id}.json`), serializeDeal(d))));
  return { workspace, deal };
}
