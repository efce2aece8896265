// The report on worker threads gives exactly the single-threaded report: same deals in the same order, same top actions and errors.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectReport } from '../../../electron/cli/collect-report';
import { reportSteps, reportWorkerCount } from '../../../electron/cli/report-pool';
import type { ReportJob, ReportStep } from '../../../electron/cli/report-step';
import { startThreadPool } from '../../../electron/services/thread-pool';
import { defaultWorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { generateDeals, writeGeneratedWorkspace } from '../../../electron/services/generate';
import { useTempWorkspace } from '../../support/temp-workspace';

const AS_OF = '2026-12-01';
const workspace = useTempWorkspace('all');

describe('report on worker threads', () => {
  it('reports 260 generated deals and a broken file exactly as one thread does, in the listing order', async () => {
    await writeGeneratedWorkspace(workspace(), generateDeals({ deals: 260, seed: 11, asOf: AS_OF }));
    await writeFile(join(workspace(), 'deals', 'broken.json'), '{ "schemaVersion": 1,');
    const single = await collectReport('.', workspace(), AS_OF, { workers: 0 });
    const pooled = await collectReport('.', workspace(), AS_OF, { workers: 2 });
    expect(single.deals).toHaveLength(260);
    expect(single.topActions).toHaveLength(10);
    expect(single.errors.map((error) => error.file)).toEqual(['deals/broken.json']);
    expect(pooled).toEqual(single);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(single));
  }, 60_000);

  it('reports on this thread the batches of threads that failed, the same steps in the same order', async () => {
    const deals = generateDeals({ deals: 120, seed: 3, asOf: AS_OF });
    await writeGeneratedWorkspace(workspace(), deals);
    const job: ReportJob = { folder: join(workspace(), 'deals'), asOf: AS_OF, settings: defaultWorkspaceSettings(), json: true };
    const ids = deals.map((deal) => deal.id);
    const steps = async (threads: Parameters<typeof reportSteps>[2]) => {
      const all: ReportStep[] = [];
      for await (const step of reportSteps(job, ids, threads)) all.push(step);
      return all;
    };
    // Threads that die as they start: every batch sent to them is refused.
    const failing = startThreadPool<readonly string[], readonly ReportStep[]>(new URL('../services/fixtures/failing-thread.ts', import.meta.url), null, 2);
    expect(failing).not.toBeNull();
    try {
      const here = await steps(null);
      expect(here.filter((step) => step.kind === 'json')).toHaveLength(120);
      expect(await steps(failing)).toEqual(here);
    } finally {
      await failing?.stop();
    }
  }, 60_000);

  it('uses no threads for a workspace too small to gain from them', () => {
    expect(reportWorkerCount(10)).toBe(0);
    expect(reportWorkerCount(999)).toBe(0);
  });
});
