// Benchmarks of the one-to-one pack: 100 deals of one AE (pages and build time), and one AE of a generated 5,000-deal workspace.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDealmapServices } from '../../electron/services/dealmap-services';
import { chromiumPdfPrinter } from '../../electron/services/export/chromium-pdf';
import { ownerPackInput } from '../../electron/services/export/owner-pack';
import { ownerPackHtml } from '../../shared/export/review-pack-owner-html';
import { COACH_DAY, reviewAndEdit, writeGeneratedDeals } from '../support/coach-workspace';
import { measure, report } from './bench-kit';

const found = await chromiumPdfPrinter();
if (found === null) throw new Error('The one-to-one bench prints with Chromium at /usr/bin/chromium (or DEALMAP_CHROMIUM).');
const print = found;

function pdfPages(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

async function benchOwner(label: string, deals: number, owner: string, allOwned: boolean): Promise<void> {
  const workspace = await mkdtemp(join(tmpdir(), 'dealmap-one-to-one-bench-'));
  try {
    await writeGeneratedDeals(workspace, deals, allOwned ? owner : undefined);
    await reviewAndEdit(workspace, owner);
    // A fresh services object per run: nothing cached between runs but the workspace index on disk, as for the CLI.
    const build = async () => ownerPackHtml(await ownerPackInput(createDealmapServices({ workspace }), { owner, asOf: COACH_DAY }));
    report(`one-to-one ${label}: listing, review, pages, HTML`, await measure(build, 5, 1));
    const html = await build();
    let pages = 0;
    report(`one-to-one ${label}: the same printed to PDF`, await measure(async () => (pages = pdfPages(await print(await build()))), 3, 1));
    console.log(`one-to-one ${label}: ${pages} printed A4 pages, ${(html.length / 1024).toFixed(0)} KB of HTML`);
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

await benchOwner('100 deals of one AE', 100, 'Ida Virtanen', true);
await benchOwner('Sara Lind (693 of 5,000 deals)', 5_000, 'Sara Lind', false);
