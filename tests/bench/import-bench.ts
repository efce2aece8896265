// Import bench: 5,000 opportunities with 40,000 contact roles and 25,000 contacts streamed in; a dry-run re-import; peak memory.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyImport, previewImport } from '../../electron/services/import/import-services';
import type { ImportRequest } from '../../electron/services/import/read-import-files';
import { salesforceExport } from '../support/crm-example-exports';
import { measure, report } from './bench-kit';

const MB = 1024 * 1024;

/** Samples the process's memory while `work` runs; answers the peaks. */
async function peakMemory(work: () => Promise<unknown>): Promise<{ rss: number; heap: number }> {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { rss, heap };
}

const folder = await mkdtemp(join(tmpdir(), 'dealmap-import-bench-'));
try {
  const files = salesforceExport({ opportunities: 5_000, contacts: 25_000, rolesPerDeal: 8, seed: 9 });
  const paths = { opportunities: join(folder, 'Opportunity.csv'), contacts: join(folder, 'Contact.csv'), roles: join(folder, 'OpportunityContactRole.csv') };
  await writeFile(paths.opportunities, files.opportunities);
  await writeFile(paths.contacts, files.contacts);
  await writeFile(paths.roles, files.contactRoles);
  const request: ImportRequest = {
    system: 'salesforce',
    files: [
      { role: 'opportunities', source: { name: 'Opportunity.csv', path: paths.opportunities } },
      { role: 'contacts', source: { name: 'Contact.csv', path: paths.contacts } },
      { role: 'contact-roles', source: { name: 'OpportunityContactRole.csv', path: paths.roles } },
    ],
    options: { dateOrder: 'auto', skipBadRows: false },
  };
  let run = 0;
  const now = new Date('2026-12-01T09:00:00.000Z');
  const importOnce = async () => {
    const workspace = join(folder, `workspace-${(run += 1)}`);
    const applied = await applyImport(workspace, request, now);
    if (applied.plan.preview.totals.newDeals !== 5_000) throw new Error(`expected 5,000 new deals, got ${applied.plan.preview.totals.newDeals}`);
    return workspace;
  };
  report('import: 5,000 opportunities, 40,000 roles, 25,000 contacts', await measure(importOnce, 5, 1));
  const imported = await importOnce();
  const dryRun = async () => {
    const plan = await previewImport(imported, request, now);
    if (plan.preview.totals.unchangedDeals !== 5_000) throw new Error('the dry run should find every deal unchanged');
  };
  report('import --dry-run: the same files again (all unchanged)', await measure(dryRun, 5, 1));
  const memory = await peakMemory(importOnce);
  console.log(`import: peak memory of the whole process while importing: ${(memory.rss / MB).toFixed(0)} MB resident, ${(memory.heap / MB).toFixed(0)} MB heap used`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
