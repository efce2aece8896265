// The README's worked examples are the code's output: these fail when the engine and the README drift apart.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { rankDealActions } from '../../../shared/actions/rank-deal-actions';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import type { Deal } from '../../../shared/model/deal-schema';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../../shared/settings/workspace-settings';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import { README_DAY, readmeCli, reviewThenEdit, seedReadmeDemo } from '../../support/readme-demo';
import { useTempWorkspace } from '../../support/temp-workspace';

const README = fileURLToPath(new URL('../../../README.md', import.meta.url));
const workspace = useTempWorkspace();
const options = { asOf: README_DAY, settings: DEFAULT_WORKSPACE_SETTINGS };

/** The lines of the README's code block that starts with `$ <command>`, the command line left out. */
async function readmeBlock(command: string): Promise<string[]> {
  const text = await readFile(README, 'utf8');
  const start = text.indexOf(`$ ${command}\n`);
  if (start < 0) throw new Error(`no "$ ${command}" block in the README`);
  const body = text.slice(start + command.length + 3, text.indexOf('\n```', start));
  return body.split('\n');
}

/** Every line of the README block, but "…" (lines left out), appears in the output, in the same order. */
function expectAbridgedOutput(block: readonly string[], output: string): void {
  const lines = output.split('\n').map((line) => line.trimEnd());
  let at = 0;
  for (const line of block) {
    if (line === '…') continue;
    const found = lines.indexOf(line.trimEnd(), at);
    expect({ line, found: found >= 0 }).toEqual({ line, found: true });
    at = found + 1;
  }
}

function demoDeal(id: string): Deal {
  const deal = buildDemoDeals({ today: README_DAY, updatedAt: `${README_DAY}T09:00:00.000Z` }).find((item) => item.id === id);
  if (deal === undefined) throw new Error(`no demo deal ${id}`);
  return deal;
}

beforeEach(async () => {
  await seedReadmeDemo(workspace());
});

describe('the README, recomputed from the code', () => {
  it('shows the report the demo gives', async () => {
    const output = await readmeCli(workspace(), ['report', workspace(), '--as-of', README_DAY]);
    expectAbridgedOutput(await readmeBlock('npm run -s dealmap -- report ~/.dealmap/workspace'), output);
  });

  it('shows the review the demo gives after the three edits it names, and the pipeline line without one', async () => {
    const before = await readmeCli(workspace(), ['review', workspace()]);
    const readme = await readFile(README, 'utf8');
    const pipeline = before.split('\n').find((line) => line.startsWith('Pipeline as of'));
    expect(readme).toContain(`(\`${pipeline ?? 'no pipeline line'}\`)`);
    await reviewThenEdit(workspace());
    expectAbridgedOutput(await readmeBlock('npm run -s dealmap -- review ~/.dealmap/workspace'), await readmeCli(workspace(), ['review', workspace()]));
  });

  it('gives the worked examples’ figures', async () => {
    const readme = (await readFile(README, 'utf8')).replace(/\s+/g, ' ');
    const erp = demoDeal('northwind-erp');
    const neutral = applyMoves(erp, [{ kind: 'set-stance', stakeholderId: 'anders', stance: 'neutral' }]);
    const [erpScore, neutralScore] = [qualifyDeal(erp, options).score, qualifyDeal(neutral, options).score];
    expect(readme).toContain(`It costs the deal 10 points (${erpScore} instead of ${neutralScore})`);
    expect(readme).toContain(`score ${erpScore} → ${neutralScore}, stage ${qualifyDeal(erp, options).stage} → ${qualifyDeal(neutral, options).stage}`);
    expect(readme).toContain(`there is no \`saboteur-unchecked\` gap; the deal scores ${qualifyDeal(demoDeal('pagafacil-risk-engine'), options).score}`);

    const fleet = demoDeal('harbourside-telematics');
    const path = rankDealActions(fleet, options).find((action) => action.kind === 'build-ally-path');
    const after = qualifyDeal(applyMoves(fleet, path?.moves ?? []), options);
    expect(readme).toContain(`raises the score from ${qualifyDeal(fleet, options).score} to ${after.score} and moves the stage from prospect to ${after.stage}`);
    expect(after.gaps.map((gap) => gap.code)).toContain('decision-maker-skeptic');

    const weights = Object.fromEntries(rankDealActions(erp, options).map((action) => [action.id, action.weight.toFixed(2)]));
    expect(readme).toContain(`weight (1 × 10 + 10 × 1) × 1.947 = ${weights['win-over-saboteur:anders'] ?? ''}`);
    expect(readme).toContain(`(5 points) and raises Paper process one step, weight (5 + 1) × 1.947 = ${weights['raise-paper-process:johan'] ?? ''}`);
  });
});
