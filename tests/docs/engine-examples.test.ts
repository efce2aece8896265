// docs/engine-rules.md's worked examples are the engine's figures: these fail when the engine and the page drift apart.
import { describe, expect, it } from 'vitest';
import { buildDemoDeals } from '../../electron/services/demo/demo-deals';
import { rankDealActions } from '../../shared/actions/rank-deal-actions';
import { qualifyDeal } from '../../shared/engine/qualify-deal';
import type { Deal } from '../../shared/model/deal-schema';
import { DEFAULT_WORKSPACE_SETTINGS } from '../../shared/settings/workspace-settings';
import { applyMoves } from '../../shared/whatif/apply-moves';
import { DOCS_DAY, docsCli, seedDocsDemo } from '../support/docs-demo';
import { useTempWorkspace } from '../support/temp-workspace';
import { foldedProse } from './doc-blocks';

const options = { asOf: DOCS_DAY, settings: DEFAULT_WORKSPACE_SETTINGS };

function demoDeal(id: string): Deal {
  const deal = buildDemoDeals({ today: DOCS_DAY, updatedAt: `${DOCS_DAY}T09:00:00.000Z` }).find((item) => item.id === id);
  if (deal === undefined) throw new Error(`no demo deal ${id}`);
  return deal;
}

describe('docs/engine-rules.md, recomputed from the code', () => {
  const page = foldedProse('docs/engine-rules.md');

  it('gives the worked examples’ figures', () => {
    const erp = demoDeal('northwind-erp');
    const neutral = applyMoves(erp, [{ kind: 'set-stance', stakeholderId: 'anders', stance: 'neutral' }]);
    const [erpScore, neutralScore] = [qualifyDeal(erp, options).score, qualifyDeal(neutral, options).score];
    expect(page).toContain(`It costs the deal 10 points (${erpScore} instead of ${neutralScore})`);
    expect(page).toContain(`score ${erpScore} → ${neutralScore}, stage ${qualifyDeal(erp, options).stage} → ${qualifyDeal(neutral, options).stage}`);
    expect(page).toContain(`there is no \`saboteur-unchecked\` gap; the deal scores ${qualifyDeal(demoDeal('pagafacil-risk-engine'), options).score}`);

    const fleet = demoDeal('harbourside-telematics');
    const path = rankDealActions(fleet, options).find((action) => action.kind === 'build-ally-path');
    const after = qualifyDeal(applyMoves(fleet, path?.moves ?? []), options);
    expect(page).toContain(`raises the score from ${qualifyDeal(fleet, options).score} to ${after.score} and moves the stage from prospect to ${after.stage}`);
    expect(after.gaps.map((gap) => gap.code)).toContain('decision-maker-skeptic');
  });

  it('gives the action weights the ranking computes', () => {
    const erp = demoDeal('northwind-erp');
    const weights = Object.fromEntries(rankDealActions(erp, options).map((action) => [action.id, action.weight.toFixed(2)]));
    expect(page).toContain(`weight (1 × 10 + 10 × 1) × 1.947 = ${weights['win-over-saboteur:anders'] ?? ''}`);
    expect(page).toContain(`(5 points) and raises Paper process one step, weight (5 + 1) × 1.947 = ${weights['raise-paper-process:johan'] ?? ''}`);
  });
});

describe('docs/engine-rules.md, the coaching questions the demo gives', () => {
  const workspace = useTempWorkspace();

  /** The page's questions per gap code: "- `code`: "question" and "question"". */
  function documentedQuestions(): Map<string, string[]> {
    const section = foldedProse('docs/engine-rules.md').split('## Coaching questions')[1]?.split(' ## ')[0] ?? '';
    const questions = new Map<string, string[]>();
    for (const [, code = '', text = ''] of section.matchAll(/- `([a-z-]+)`: (.*?)(?= - `|$)/g)) {
      questions.set(code, [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? ''));
    }
    return questions;
  }

  it('are questions report --json gives for a gap of that code', async () => {
    await seedDocsDemo(workspace());
    const report = JSON.parse(await docsCli(workspace(), ['report', workspace(), '--as-of', DOCS_DAY, '--json'])) as {
      deals: { gaps: { code: string; questions: readonly (string | { text: string })[] }[] }[];
    };
    const asked = report.deals.flatMap((deal) =>
      deal.gaps.map((gap) => ({ code: gap.code, questions: gap.questions.map((question) => (typeof question === 'string' ? question : question.text)) })),
    );
    const documented = documentedQuestions();
    expect([...documented.keys()]).toEqual(['no-decision-maker', 'saboteur-unchecked', 'need-unconfirmed', 'single-threaded', 'no-savings-case']);
    for (const [code, questions] of documented) {
      const match = asked.some((gap) => gap.code === code && questions.every((question) => gap.questions.includes(question)));
      expect({ code, questions, match }).toEqual({ code, questions, match: true });
    }
  });
});
