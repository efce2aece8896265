// Per-deal CPU of a cold report's engine work, one thread: read (depth check, parse, validate, hash), qualify, rank, render.
// `npm run bench -- --only engine`; DEALMAP_BENCH_ENGINE_DEALS sets how many deals (2,000 by default).
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { rankDealActions, readSavedDeal } from '../../shared/actions/rank-deal-actions';
import { parsedTooDeep } from '../../shared/model/json-limits';
import { validateDeal } from '../../shared/model/validation';
import type { Deal } from '../../shared/model/deal-schema';
import { defaultWorkspaceSettings } from '../../shared/settings/workspace-settings';
import { reportDeal } from '../../electron/cli/report-deal';
import { generateDeals, writeGeneratedWorkspace } from '../../electron/services/generate';
import { median } from './bench-kit';

const AS_OF = '2026-12-01';
const COUNT = Number(process.env.DEALMAP_BENCH_ENGINE_DEALS ?? 2_000);
const ROUNDS = 5;
// The 50,000-deal workspace when it is on this machine; else generated deals of the same kind.
const SCALE_WORKSPACE = '/tmp/i11/deals-50000';

async function dealTexts(): Promise<{ texts: string[]; cleanup: () => Promise<void> }> {
  let folder = join(SCALE_WORKSPACE, 'deals');
  let cleanup = async () => {};
  const names = await readdir(folder).catch(() => null);
  if (names === null) {
    const workspace = await mkdtemp(join(tmpdir(), 'dealmap-engine-bench-'));
    await writeGeneratedWorkspace(workspace, generateDeals({ deals: COUNT, seed: 7, asOf: AS_OF }));
    folder = join(workspace, 'deals');
    cleanup = () => rm(workspace, { recursive: true, force: true });
  }
  const all = (names ?? (await readdir(folder))).filter((name) => name.endsWith('.json')).sort();
  // Every n-th file: a spread over the whole workspace, not one account's deals.
  const stride = Math.max(1, Math.floor(all.length / COUNT));
  const chosen = all.filter((_, index) => index % stride === 0).slice(0, COUNT);
  return { texts: await Promise.all(chosen.map((name) => readFile(join(folder, name), 'utf8'))), cleanup };
}

/** CPU ms (user + sys) of `work` over all deals, divided by the number of deals. */
function cpuPerDeal(work: () => void, deals: number): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / deals;
}

const { texts, cleanup } = await dealTexts();
const settings = defaultWorkspaceSettings();
const parsed = texts.map((text) => JSON.parse(text) as unknown);
const deals: Deal[] = parsed.map((value) => {
  const validation = validateDeal(value);
  if (!validation.ok) throw new Error(`engine bench: a deal does not validate: ${JSON.stringify(validation.issues[0])}`);
  return validation.deal;
});
const saved = deals.map((deal) => readSavedDeal(deal, { asOf: AS_OF, settings }));

const PHASES: readonly { readonly name: string; readonly run: () => void }[] = [
  { name: 'depth check (parsed value)', run: () => parsed.forEach((value) => parsedTooDeep(value)) },
  { name: 'JSON.parse', run: () => texts.forEach((text) => JSON.parse(text)) },
  { name: 'validate (zod)', run: () => parsed.forEach((value) => validateDeal(value)) },
  { name: 'hash (sha1)', run: () => texts.forEach((text) => createHash('sha1').update(text).digest('hex')) },
  { name: 'qualify + lens (readSavedDeal)', run: () => deals.forEach((deal) => readSavedDeal(deal, { asOf: AS_OF, settings })) },
  { name: 'rank (rankDealActions)', run: () => deals.forEach((deal, index) => rankDealActions(deal, { asOf: AS_OF, settings }, saved[index])) },
  { name: 'report row (reportDeal, all of it)', run: () => deals.forEach((deal) => reportDeal(deal, AS_OF, settings)) },
];

// Warm-up: the JIT of every phase before any is timed.
PHASES.forEach((phase) => phase.run());
const samples = new Map<string, number[]>(PHASES.map((phase) => [phase.name, []]));
const loadAtStart = loadavg()[0] ?? 0;
for (let round = 0; round < ROUNDS; round += 1) {
  for (const phase of PHASES) samples.get(phase.name)?.push(cpuPerDeal(phase.run, texts.length));
}
console.log(`engine: CPU ms per deal, ${texts.length} deals, one thread, median of ${ROUNDS} (load ${loadAtStart.toFixed(2)} → ${(loadavg()[0] ?? 0).toFixed(2)})`);
for (const [name, values] of samples) {
  console.log(`  ${name.padEnd(40)} ${median(values).toFixed(4)} ms  (min ${Math.min(...values).toFixed(4)}, max ${Math.max(...values).toFixed(4)})`);
}
await cleanup();
