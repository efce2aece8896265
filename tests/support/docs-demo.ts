// The docs' worked examples (docs/cli.md, docs/engine-rules.md), rebuilt from the code: the demo seeded on 2026-11-27, reviewed on 2026-11-13, then edited.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../electron/cli/run-cli';
import { seedDemoWorkspace } from '../../electron/services/demo/seed-demo-workspace';
import { startReview } from '../../electron/services/reviews/start-review';
import type { Deal } from '../../shared/model/deal-schema';
import { putDealFile } from './temp-workspace';

/** The day the docs' examples ran on. */
export const DOCS_DAY = '2026-11-27';

export async function seedDocsDemo(workspace: string): Promise<void> {
  await seedDemoWorkspace(workspace, { now: () => new Date(2026, 10, 27, 9, 0, 0) });
}

/** Runs the command line as docs/cli.md shows it, answering its standard output. */
export async function docsCli(workspace: string, argv: readonly string[]): Promise<string> {
  let out = '';
  const sink = { write: (chunk: string) => (out += chunk) };
  await runCli([...argv], { stdout: sink, stderr: { write: () => undefined } }, DOCS_DAY, workspace);
  return out;
}

async function editDeal(workspace: string, id: string, edit: (deal: Deal) => Deal): Promise<void> {
  const deal = JSON.parse(await readFile(join(workspace, 'deals', `${id}.json`), 'utf8')) as Deal;
  await putDealFile(workspace, `${id}.json`, edit(deal));
}

/** The review on 2026-11-13, then the three edits docs/cli.md names. */
export async function reviewThenEdit(workspace: string): Promise<void> {
  await startReview(workspace, '2026-11-13', '2026-11-13T09:00:00.000Z');
  const stance = (deal: Deal, id: string, stance: Deal['stakeholders'][number]['stance']): Deal => ({
    ...deal,
    stakeholders: deal.stakeholders.map((person) => (person.id === id ? { ...person, stance } : person)),
  });
  await editDeal(workspace, 'northwind-erp', (deal) => ({ ...stance(deal, 'anders', 'neutral'), closeDate: '2027-03-31' }));
  await editDeal(workspace, 'harbourside-telematics', (deal) => ({
    ...deal,
    relations: [...deal.relations, { id: 'influences-priya-david', from: 'priya', to: 'david', kind: 'influences', strength: 2 }],
  }));
  await editDeal(workspace, 'pagafacil-risk-engine', (deal) => stance(deal, 'juliana', 'neutral'));
}
