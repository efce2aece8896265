// reviewPackMarkdown: pipeline summary with charts, per-deal map, gaps, changes and coaching; escaped, deterministic, images as files.
import { describe, expect, it } from 'vitest';
import { exportFileNameProblem } from '../../../shared/export/export-names';
import { reviewPackMarkdown } from '../../../shared/export/review-pack-markdown';
import { xmlProblems } from '../../support/xml-well-formed';
import { coachingQuestions } from '../../../shared/engine/coaching-questions';
import { healthy, packInput, qualify, saboteurDeal } from './review-pack-fixture';

describe('reviewPackMarkdown', () => {
  it('opens with the pipeline summary: revenue at risk, the funnel, amounts by month and gaps by code as charts over tables', () => {
    const { markdown } = reviewPackMarkdown(packInput({ withReview: false }));
    expect(markdown).toMatch(/^# Pipeline review pack — 2026-11-30\n/);
    expect(markdown).toContain('No earlier review: the current state only.');
    expect(markdown).toContain('In view: Owner Sara Lind');
    expect(markdown).toContain('**Revenue at risk: 250,000 SEK of 730,000 SEK open (1 of 2 open deals blocked).**');
    expect(markdown).toContain('### Revenue at risk\n\n| Currency | At risk | Open | Deals blocked |\n| --- | ---: | ---: | ---: |\n| SEK | 250,000 | 730,000 | 1 of 2 |');
    expect(markdown).toContain(
      '### Stage funnel\n\n![Stage funnel: Deals at each computed stage, with their amounts per currency. The table below gives the numbers.](charts/stage-funnel.svg)\n\n' +
        '| Stage | Deals | Amount |\n| --- | ---: | ---: |\n| Lead | 0 | 0 |',
    );
    expect(markdown).toContain('| Qualified | 1 | 480,000 SEK |');
    expect(markdown).toContain(
      '### Open amount by close month (SEK)\n\n![Open amount by close month: Open deals by expected close month, in SEK. The table below gives the numbers.](charts/close-month.svg)\n\n| Month |',
    );
    expect(markdown).toContain('### Gaps across deals\n\n![Gaps by deal: 1 deal with gaps, most at risk first (most blockers, then most warnings, then lowest score). The table below gives the numbers.](charts/heatmap.svg)\n\n| Gap code |');
    expect(markdown).not.toContain('### Revenue at risk\n\n![');
    expect(markdown).toContain('| 2027-01 | 0 | 480,000 | 0 | 1 |');
    expect(markdown).toContain('| 2027-02 | 0 | 0 | 0 | 0 |');
    expect(markdown).toContain('| 2027-03 | 250,000 | 0 | 1 | 0 |');
    expect(markdown).toContain('| saboteur-unchecked | Blocker | 1 | Risky \\<ERP\\> &amp; "more" |');
  });

  it('gives amounts per currency when the deals in view use several', () => {
    const input = packInput({ withReview: false });
    const rows = input.rows.map((row, index) => (index === 0 ? { ...row, currency: 'EUR' } : row));
    const { markdown } = reviewPackMarkdown({ ...input, rows });
    expect(markdown).toContain('**Revenue at risk: 1 of 2 open deals blocked; the amounts per currency are below.**');
    expect(markdown).toContain('| EUR | 250,000 | 250,000 | 1 of 1 |');
    expect(markdown).toContain('| SEK | 0 | 480,000 | 0 of 1 |');
  });

  it('gives each deal its facts, a map image whose SVG is in files, and its gaps with next actions', () => {
    const { markdown, files } = reviewPackMarkdown(packInput({ withReview: false }));
    expect(markdown).toContain('### Risky \\<ERP\\> &amp; "more" — Acme AB');
    expect(markdown).toContain('**Stage:** Qualified · **Score:**');
    expect(markdown).toContain('**Amount:** 250,000 SEK · **Close date:** 2027-03-31 · **Owner:** Sara Lind');
    expect(markdown).toMatch(/!\[Map of Risky \\<ERP\\> &amp; "more": Stage Prospect · Score \d+\/100 · 1 blocker[^\]]*\]\(maps\/acme-erp\.svg\)/);
    expect(markdown).toContain('](maps/northwind-erp.svg)');
    expect(markdown).toMatch(/- \*\*Blocker\*\* `saboteur-unchecked`: Anders Nyström[^\n]*\n {2}Next: \S/);
    expect(files.map((file) => file.name)).toEqual([
      'charts/heatmap.svg',
      'charts/stage-funnel.svg',
      'charts/close-month.svg',
      'maps/acme-erp.svg',
      'maps/northwind-erp.svg',
    ]);
    for (const file of files) {
      expect(exportFileNameProblem(file.name)).toBeNull();
      expect(file.content).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns=[^\n]*\n<title id="[^"]+">[^<]+<\/title>\n<desc id=/);
      expect(xmlProblems(file.content)).toEqual([]);
    }
    expect(files.find((file) => file.name === 'maps/acme-erp.svg')?.content).toContain('Anders Nyström');
    expect(files.find((file) => file.name === 'charts/heatmap.svg')?.content).toContain('Risky &lt;ERP&gt; &amp; &quot;more&quot;');
    expect(markdown).toContain('_No earlier review._');
    expect(markdown).toContain('_No review yet: start one to write notes and action items._');
  });

  it('lists the changes since the review and the coaching: notes quoted, action items with owner, due and status', () => {
    const { markdown } = reviewPackMarkdown(packInput({ withReview: true }));
    expect(markdown).toContain('\nChanges since the review of 2026-11-01 and the coaching notes and action items written in it.\n');
    expect(markdown).not.toContain('(2026-11-01)');
    expect(markdown).toContain('### What changed since the last review');
    expect(markdown).toContain('- **Slipped:** Risky \\<ERP\\> &amp; "more"');
    expect(markdown).toContain('- **Gained blockers:** Risky \\<ERP\\> &amp; "more"\n- **Cleared blockers:** none\n');
    expect(markdown).toContain('- **Changed:** 1 deal changed, 1 unchanged');
    expect(markdown).toContain('- Close date slipped from 2027-02-28 to 2027-03-31.');
    expect(markdown).toContain('- Anders Nyström (IT Manager) joined the buying center as influencer, saboteur.');
    expect(markdown).toContain('- New relation: Anders Nyström influences Eva Berg (strength 3).');
    expect(markdown).toContain('> Ask Eva who else signs.\n> \\| pipes \\| and \\*stars\\* stay text');
    expect(markdown).toContain('| Action item | Owner | Due | Status |');
    expect(markdown).toContain('| Meet Anders \\[IT\\] | Sara Lind | 2026-12-05 | open |');
    expect(markdown).toContain('| Send the ROI case (carried from 2026-10-01) | — | — | done |');
    // The healthy deal was reviewed and has not changed since.
    const healthySection = markdown.slice(markdown.indexOf(`### ${healthy.name}`));
    expect(healthySection).toContain('_No changes._');
    expect(healthySection).toContain('_No notes._');
    expect(healthySection).toContain('_No action items._');
  });

  it('names a later review of the same day by its id, once', () => {
    const input = packInput({ withReview: true });
    if (input.review === null) throw new Error('the fixture has a review');
    const { markdown } = reviewPackMarkdown({ ...input, review: { ...input.review, id: '2026-11-01-2' } });
    expect(markdown).toContain('\nChanges since the review of 2026-11-01 (review 2026-11-01-2) and the coaching notes and action items written in it.\n');
  });

  it('lists the deals that cleared blockers since the review', () => {
    const input = packInput({ withReview: true });
    if (input.changeSummary === null) throw new Error('the fixture has a review');
    const clearedBlockers = [{ dealId: 'northwind-erp', dealName: healthy.name }];
    const { markdown } = reviewPackMarkdown({ ...input, changeSummary: { ...input.changeSummary, clearedBlockers } });
    expect(markdown).toContain(`- **Cleared blockers:** ${healthy.name}\n`);
  });

  it('asks the coaching questions of each gap under it, naming the deal\'s people', () => {
    const { markdown } = reviewPackMarkdown(packInput({ withReview: false }));
    const gap = qualify(saboteurDeal).gaps.find((entry) => entry.code === 'saboteur-unchecked');
    if (!gap) throw new Error('the saboteur deal has a saboteur-unchecked gap');
    const questions = coachingQuestions(gap, saboteurDeal);
    expect(questions[0]).toBe('What does Anders Nyström gain if this deal fails, and lose if it succeeds?');
    const start = markdown.indexOf('- **Blocker** `saboteur-unchecked`');
    const item = markdown.slice(start, markdown.indexOf('\n- ', start + 1));
    expect(item).toMatch(/\n {2}Next: [^\n]+ {2}\n {2}Ask the account executive:\n/);
    expect(item).toContain(questions.map((question) => `\n  - ${question}`).join(''));
    // Every gap of every deal gets its questions.
    const gaps = [saboteurDeal, healthy].flatMap((deal) => qualify(deal).gaps);
    expect(markdown.match(/Ask the account executive:/g)).toHaveLength(gaps.length);
  });

  it('is deterministic, and counts the deals left without a section', () => {
    expect(reviewPackMarkdown(packInput({ withReview: true }))).toEqual(reviewPackMarkdown(packInput({ withReview: true })));
    const { markdown, files } = reviewPackMarkdown(packInput({ withReview: false, maxDeals: 1 }));
    expect(files.map((file) => file.name)).toEqual(['charts/heatmap.svg', 'charts/stage-funnel.svg', 'charts/close-month.svg', 'maps/acme-erp.svg']);
    // The charts draw every deal in view, those without a section too.
    expect(files[1]?.content).toContain('1 deal');
    expect(markdown).toContain(`### Risky`);
    expect(markdown).not.toContain(`### ${healthy.name}`);
    expect(markdown).toContain('1 more deal in view has no section here; filter the pipeline to pick them.');
    expect(saboteurDeal.id).toBe('acme-erp');
  });
});
