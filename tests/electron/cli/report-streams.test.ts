// The streamed report outputs equal the report built whole: the table from the listing, JSON text from the threads, and a slow output is waited for.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectReport, rowText, streamReportJson } from '../../../electron/cli/collect-report';
import { formatReportTable } from '../../../electron/cli/format-report-table';
import { JSON_OUTPUT_CHUNK } from '../../../electron/cli/report-json-output';
import { runCli } from '../../../electron/cli/run-cli';
import { generateDeals, writeGeneratedWorkspace } from '../../../electron/services/generate';
import { useTempWorkspace } from '../../support/temp-workspace';

const AS_OF = '2026-12-01';
const workspace = useTempWorkspace('all');

function collector() {
  let text = '';
  return { write: (chunk: string) => (text += chunk), text: () => text };
}

beforeAll(async () => {
  await writeGeneratedWorkspace(workspace(), generateDeals({ deals: 180, seed: 5, asOf: AS_OF }));
  await writeFile(join(workspace(), 'deals', 'broken.json'), '{ "schemaVersion": 1,');
});

describe('streamed report outputs', () => {
  it('writes the same table and blocks as formatting the whole report', async () => {
    const whole = await collectReport('.', workspace(), AS_OF, { workers: 0 });
    const stdout = collector();
    const stderr = collector();
    const code = await runCli(['report', '.', '--as-of', AS_OF], { stdout, stderr }, AS_OF, workspace());
    expect(code).toBe(1);
    expect(whole.deals).toHaveLength(180);
    expect(stdout.text()).toBe(formatReportTable(whole));
    expect(stderr.text()).toContain('deals/broken.json');
  }, 60_000);

  it('hands back each deal as JSON text from the threads, in the listing order', async () => {
    const whole = await collectReport('.', workspace(), AS_OF, { workers: 0 });
    const texts: string[] = [];
    const rest = await streamReportJson('.', workspace(), AS_OF, (row) => texts.push(rowText(row)), { workers: 2 });
    expect(texts).toEqual(whole.deals.map((deal) => JSON.stringify(deal)));
    expect(rest).toEqual({ topActions: whole.topActions, errors: whole.errors });
  }, 60_000);

  it('waits for a slow output instead of piling the report up in memory', async () => {
    let text = '';
    let mostBuffered = 0;
    // A reader taking one chunk per turn of the event loop, with a 4 KB buffer.
    const slow = new Writable({
      highWaterMark: 4096,
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        setImmediate(done);
      },
    });
    const stdout = {
      write: (chunk: string) => {
        const accepted = slow.write(chunk);
        mostBuffered = Math.max(mostBuffered, slow.writableLength);
        return accepted;
      },
      once: (event: string, listener: () => void) => slow.once(event, listener),
    };
    const stderr = collector();
    await runCli(['report', '.', '--json', '--as-of', AS_OF], { stdout, stderr }, AS_OF, workspace());
    await new Promise((resolve) => slow.end(resolve));
    const whole = await collectReport('.', workspace(), AS_OF, { workers: 0 });
    expect(text).toBe(`${JSON.stringify(whole)}\n`);
    // Never more than the buffer plus one chunk of the output and one deal waits (a deal is a few KB of JSON), not the whole report.
    const largestDeal = Math.max(...whole.deals.map((deal) => JSON.stringify(deal).length));
    const most = 4096 + JSON_OUTPUT_CHUNK + largestDeal + 2;
    expect(mostBuffered).toBeLessThan(most);
    expect(text.length).toBeGreaterThan(10 * most);
  }, 60_000);
});
