// docs/cli.md's example output is the command line's output: these fail when the code and the page drift apart.
import { beforeEach, describe, expect, it } from 'vitest';
import { DOCS_DAY, docsCli, reviewThenEdit, seedDocsDemo } from '../support/docs-demo';
import { useTempWorkspace } from '../support/temp-workspace';
import { commandBlock, expectAbridgedOutput, foldedProse } from './doc-blocks';

const PAGE = 'docs/cli.md';
const workspace = useTempWorkspace();

beforeEach(async () => {
  await seedDocsDemo(workspace());
});

describe('docs/cli.md, recomputed from the code', () => {
  it('shows the report the demo gives', async () => {
    const output = await docsCli(workspace(), ['report', workspace(), '--as-of', DOCS_DAY]);
    expectAbridgedOutput(commandBlock(PAGE, 'npm run -s dealmap -- report ~/.dealmap/workspace'), output);
  });

  it('shows the review the demo gives after the three edits it names, and the pipeline line without one', async () => {
    const before = await docsCli(workspace(), ['review', workspace()]);
    const pipeline = before.split('\n').find((line) => line.startsWith('Pipeline as of'));
    expect(foldedProse(PAGE)).toContain(`(\`${pipeline ?? 'no pipeline line'}\`)`);
    await reviewThenEdit(workspace());
    expectAbridgedOutput(commandBlock(PAGE, 'npm run -s dealmap -- review ~/.dealmap/workspace'), await docsCli(workspace(), ['review', workspace()]));
  });
});
