// The report's row cache: a warm `--json` report reads unchanged deals back, re-reads changed files, keeps rows across days within their span, and rebuilds when the cache is gone or keyed otherwise.
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectReport, rowText, streamReportJson } from '../../../electron/cli/collect-report';
import { rowCachePath, rowSpan } from '../../../electron/cli/report-row-cache';
import { indexFilePath } from '../../../electron/services/index/index-location';
import { generateDeals, writeGeneratedWorkspace } from '../../../electron/services/generate';
import { loadIndex } from '../../../electron/services/index/index-store';
import { openWorkspaceIndex } from '../../../electron/services/index/workspace-index';
import { qualificationSpan } from '../../../shared/engine/qualification-span';
import { dayNumber } from '../../../shared/engine/review-date';
import type { Deal } from '../../../shared/model/deal-schema';
import { defaultWorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { makeTempWorkspace, removeTempWorkspace, useTempWorkspace } from '../../support/temp-workspace';

const AS_OF = '2026-12-01';
const workspace = useTempWorkspace('all');

/** The `--json` document as run-cli writes it, from the streamed rows. */
async function jsonReport(asOf = AS_OF, workers = 0): Promise<string> {
  const texts: string[] = [];
  const rest = await streamReportJson('.', workspace(), asOf, (row) => texts.push(rowText(row)), { workers, rowCache: true });
  return `{"deals":[${texts.join(',')}],"topActions":${JSON.stringify(rest.topActions)},"errors":${JSON.stringify(rest.errors)}}`;
}

async function wholeReport(asOf = AS_OF): Promise<string> {
  return JSON.stringify(await collectReport('.', workspace(), asOf, { workers: 0 }));
}

/** The cache's data file: the rows' JSON as stored. */
async function dataFile(): Promise<string> {
  const path = rowCachePath(indexFilePath(workspace()));
  const folder = dirname(path);
  const prefix = `${basename(path, '.json')}-`;
  const data = (await readdir(folder)).filter((name) => name.startsWith(prefix) && name.endsWith('.data'));
  expect(data).toHaveLength(1);
  return join(folder, data[0] as string);
}

/** Removes the cache: its directory file and every data file. */
async function dropCache(): Promise<void> {
  const path = rowCachePath(indexFilePath(workspace()));
  const prefix = `${basename(path, '.json')}-`;
  await rm(path, { force: true });
  for (const name of await readdir(dirname(path))) if (name.startsWith(prefix) && name.endsWith('.data')) await rm(join(dirname(path), name));
}

/** Swaps one byte of the first deal's cached name (same length), so a row read from the cache shows it. */
async function markCachedName(name: string, marked: string): Promise<void> {
  const path = await dataFile();
  const bytes = await readFile(path, 'utf8');
  expect(bytes.includes(`"name":${JSON.stringify(name)}`)).toBe(true);
  await writeFile(path, bytes.replace(`"name":${JSON.stringify(name)}`, `"name":${JSON.stringify(marked)}`));
}

const generated = generateDeals({ deals: 60, seed: 11, asOf: AS_OF });

beforeAll(async () => {
  await writeGeneratedWorkspace(workspace(), generated);
});

describe('report row cache', () => {
  it('reports the same document cold, warm, on threads, and after the cache is deleted', async () => {
    const whole = await wholeReport();
    expect(await jsonReport()).toBe(whole);
    expect(await jsonReport()).toBe(whole);
    expect(await jsonReport(AS_OF, 2)).toBe(whole);
    await rm(await dataFile());
    expect(await jsonReport()).toBe(whole);
    expect(await jsonReport()).toBe(whole);
    // A new review date on threads: the listing qualifies every file, and its threads report each from that reading.
    const onThreads = await jsonReport('2026-12-03', 2);
    const later = await wholeReport('2026-12-03');
    expect(onThreads).toBe(later);
    expect(await jsonReport('2026-12-03', 0)).toBe(later);
  }, 60_000);

  it('reads unchanged deals from the cache and re-reads a changed file', async () => {
    await jsonReport();
    const deals = (JSON.parse(await wholeReport()) as { deals: { id: string; name: string }[] }).deals;
    const [first, second] = deals as [{ id: string; name: string }, { id: string; name: string }];
    const marked = `${first.name.slice(0, -1)}#`;
    await markCachedName(first.name, marked);
    // Nothing changed on disk: the first deal's row comes from the cache, as it was stored.
    expect((await jsonReport()).includes(`"name":${JSON.stringify(marked)}`)).toBe(true);
    // A changed deal file is read again; the marked row of the unchanged first deal is still used.
    const file = join(workspace(), 'deals', `${second.id}.json`);
    const deal = JSON.parse(await readFile(file, 'utf8')) as { name: string };
    await writeFile(file, JSON.stringify({ ...deal, name: `${second.name} (renewed)` }, null, 2));
    const warm = await jsonReport();
    expect(warm.includes(`"name":${JSON.stringify(`${second.name} (renewed)`)}`)).toBe(true);
    expect(warm.includes(`"name":${JSON.stringify(marked)}`)).toBe(true);
  }, 60_000);

  it('reads a row back on another review day only within its span: a deal none of whose dates has passed, before its first one does', async () => {
    const day = (iso: string) => dayNumber(iso) as number;
    const spanOf = (deal: Deal) => rowSpan(qualificationSpan(deal, { asOf: AS_OF, settings: defaultWorkspaceSettings() }), day(AS_OF));
    const names = generated.map((deal) => deal.name);
    const unique = generated.filter((deal) => names.indexOf(deal.name) === names.lastIndexOf(deal.name));
    const lasting = unique.find((deal) => spanOf(deal)[0] === null && (spanOf(deal)[1] ?? Infinity) > day('2026-12-02'));
    const dated = unique.find((deal) => spanOf(deal)[0] !== null);
    if (lasting === undefined || dated === undefined) throw new Error('the generated workspace lacks a deal of each kind');
    await dropCache();
    await jsonReport();
    for (const deal of [lasting, dated]) await markCachedName(deal.name, `${deal.name.slice(0, -1)}#`);
    const nextDay = await jsonReport('2026-12-02');
    // The lasting deal's row is the same on 2 December and read back; the other counts days since a passed date and is reported again.
    expect(nextDay.includes(`"name":${JSON.stringify(`${lasting.name.slice(0, -1)}#`)}`)).toBe(true);
    expect(nextDay.includes(`"name":${JSON.stringify(`${dated.name.slice(0, -1)}#`)}`)).toBe(false);
    // Without marks, the reports of other days made through the cache are the reports made whole.
    await dropCache();
    await jsonReport();
    for (const other of ['2026-12-02', '2026-11-15', '2027-01-20', '2026-12-02']) expect(await jsonReport(other)).toBe(await wholeReport(other));
  }, 60_000);

  it('rebuilds from a damaged directory file', async () => {
    await jsonReport();
    await writeFile(rowCachePath(indexFilePath(workspace())), '{ "format": 1, "entries": [');
    expect(await jsonReport()).toBe(await wholeReport());
  }, 60_000);

  it('indexes each deal file, a broken one too, as a plain listing does when a cold report reads them on its threads', async () => {
    await writeFile(join(workspace(), 'deals', 'broken.json'), '{ "schemaVersion": 2,');
    const index = indexFilePath(workspace());
    await rm(index, { force: true });
    await rm(rowCachePath(index), { force: true });
    const whole = await wholeReport();
    await rm(index, { force: true });
    expect(await jsonReport(AS_OF, 2)).toBe(whole);
    const listed = await makeTempWorkspace('dealmap-cache-');
    const plain = openWorkspaceIndex(workspace(), listed);
    await plain.list(AS_OF, defaultWorkspaceSettings());
    await plain.flushed();
    // Whether a file counts as just written depends on the moment it was read.
    const entries = async (path: string) => [...(await loadIndex(path, workspace()))].map(([name, { racy: _racy, ...entry }]) => [name, entry] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    const reported = await entries(index);
    expect(reported).toHaveLength(61);
    expect(reported).toEqual(await entries(indexFilePath(workspace(), listed)));
    await removeTempWorkspace(listed);
  }, 60_000);
});
