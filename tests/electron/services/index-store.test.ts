// The index file as written: the same bytes JSON.stringify gave, serialised in slices so the host's thread stays free to send answers.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndex, saveIndex, type IndexEntry } from '../../../electron/services/index/index-store';
import { qualifyDeal } from '../../../shared/engine';
import { summarizeDeal } from '../../../shared/pipeline/deal-summary';
import { buildDealWithSaboteur, buildHealthyDeal } from '../../support/deal-builder';
import { useTempWorkspace } from '../../support/temp-workspace';

const folder = useTempWorkspace();
const OPTIONS = { asOf: '2026-12-01' };
const ANY_DAY = [null, null] as const;
/** Review-day spans as qualificationSpan gives them: unbounded, bounded, open on one side. */
const SPANS = [ANY_DAY, [20_423, 20_452], [null, 20_440], [20_400, null]] as const;

/** `count` entries as a listing indexes them: real summaries and a problem, under names a workspace may hold. */
function entries(count: number): Map<string, IndexEntry> {
  const healthy = summarizeDeal(buildHealthyDeal({ id: 'healthy' }), qualifyDeal(buildHealthyDeal({ id: 'healthy' }), OPTIONS));
  const saboteur = summarizeDeal(buildDealWithSaboteur({ id: 'saboteur' }), qualifyDeal(buildDealWithSaboteur({ id: 'saboteur' }), OPTIONS));
  const odd = ['__proto__.json', 'constructor.json', 'toString.json', 'Ökad "räckvidd" \\ 2.json', '123.json'];
  const map = new Map<string, IndexEntry>();
  for (let at = 0; at < count; at += 1) {
    const name = odd[at] ?? `deal-${at}.json`;
    const base = { stat: `2049:${at}:${1000 + at}:1764000000000:1764000000000`, racy: at % 7 === 0, hash: `${at}`.padStart(40, 'a'), key: 'settings|rules-9' };
    const span = SPANS[at % SPANS.length] ?? ANY_DAY;
    if (at % 97 === 3) map.set(name, { ...base, span: ANY_DAY, summary: null, problem: { file: `deals/${name}`, message: `Line ${at}: "unexpected" ${'\u00e4'}`, issues: [] } });
    else map.set(name, { ...base, span, summary: { ...(at % 2 === 0 ? healthy : saboteur), id: `deal-${at}`, name: `Deal ${at}` }, problem: null });
  }
  return map;
}

const asJsonStringifyWroteIt = (workspace: string, map: ReadonlyMap<string, IndexEntry>) => JSON.stringify({ format: 2, workspace, entries: Object.fromEntries(map) });

describe('the index file', () => {
  it('holds byte for byte what JSON.stringify of the document gave, and loads back the same entries', async () => {
    const map = entries(5_000);
    const path = join(folder(), 'cache', 'index.json');
    await saveIndex(path, '/work/Säljteam "Nord"', map);
    expect(await readFile(path, 'utf8')).toBe(asJsonStringifyWroteIt('/work/Säljteam "Nord"', map));
    const loaded = await loadIndex(path, '/work/Säljteam "Nord"');
    expect([...loaded]).toEqual([...map]);
  });

  it('is written a slice at a time: an answer waiting on the same thread goes out before the whole index is serialised', async () => {
    const map = entries(10_000);
    // JSON.stringify calls toJSON on each entry: the count of entries serialised so far, seen from outside.
    let serialised = 0;
    const counted = new Map([...map].map(([name, entry]) => [name, { ...entry, toJSON: () => ((serialised += 1), entry) }]));
    const seen: number[] = [];
    let saving = true;
    const tick = () => {
      seen.push(serialised);
      if (saving) setImmediate(tick);
    };
    setImmediate(tick);
    await saveIndex(join(folder(), 'index.json'), '/work/team', counted);
    saving = false;
    expect(seen.some((count) => count > 0 && count < map.size)).toBe(true);
    expect(await readFile(join(folder(), 'index.json'), 'utf8')).toBe(asJsonStringifyWroteIt('/work/team', map));
  });

  it('is a cache miss when written in the earlier format (summaries keyed by review date) or with a damaged span', async () => {
    const map = entries(10);
    const path = join(folder(), 'index.json');
    const [first, entry] = [...map][0] as [string, IndexEntry];
    const earlier = Object.fromEntries(Object.entries(entry).filter(([field]) => field !== 'span'));
    await writeFile(path, JSON.stringify({ format: 1, workspace: '/work/team', entries: { [first]: { ...earlier, key: '2026-12-01|settings|rules-9' } } }));
    expect((await loadIndex(path, '/work/team')).size).toBe(0);
    const damaged = Object.fromEntries([...map].map(([name, each], at) => [name, at === 1 ? { ...each, span: [null] } : at === 2 ? { ...each, span: ['2026-12-01', null] } : each]));
    await writeFile(path, JSON.stringify({ format: 2, workspace: '/work/team', entries: damaged }));
    const loaded = await loadIndex(path, '/work/team');
    expect([...loaded.keys()]).toEqual([...map.keys()].filter((_, at) => at !== 1 && at !== 2));
  });
});
