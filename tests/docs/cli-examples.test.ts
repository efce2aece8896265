// docs/cli.md's example output is the command line's output: these fail when the code and the page drift apart.
import { beforeEach, describe, expect, it } from 'vitest';
import { DOCS_DAY, docsCli, reviewThenEdit, seedDocsDemo } from '../support/docs-demo';
import { useTempWorkspace } from '../support/temp-workspace';
import { commandBlock, expectAbridgedOutput, foldedProse } from './doc-blocks';
import { shapeFields, valuesAt, type ShapeField } from './json-shape';

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

describe('docs/cli.md, the JSON documents', () => {
  /** The documented shape that starts with this key, from the page. */
  function documentedShape(firstKey: string): ShapeField[] {
    const match = new RegExp(`\`(\\{"${firstKey}":.*?\\})\`[.;]`).exec(foldedProse(PAGE).replace(/` `/g, ''));
    if (!match) throw new Error(`no JSON shape starting with "${firstKey}" in ${PAGE}`);
    return shapeFields(match[1] ?? '');
  }

  /** The documented fields some object of the output lacks (optional ones may be absent). */
  function missingFields(fields: readonly ShapeField[], document: unknown): string[] {
    return fields
      .filter((field) => !field.optional)
      .filter((field) => {
        const cut = field.path.lastIndexOf('.');
        const owners = cut < 0 ? [document] : valuesAt(document, field.path.slice(0, cut));
        const key = field.path.slice(cut + 1);
        return owners.some((owner) => typeof owner === 'object' && owner !== null && !(key in owner));
      })
      .map((field) => field.path);
  }

  it('reads the documented shapes', () => {
    expect(shapeFields('{"a":[{"b","c"?}],"d":{"e"}|null,"f":[…]}')).toEqual([
      { path: 'a', optional: false },
      { path: 'a[].b', optional: false },
      { path: 'a[].c', optional: true },
      { path: 'd', optional: false },
      { path: 'd.e', optional: false },
      { path: 'f', optional: false },
    ]);
    expect(missingFields(shapeFields('{"a":[{"b"}]}'), { a: [{ b: 1 }, { c: 2 }] })).toEqual(['a[].b']);
  });

  it('report --json has every field the page documents', async () => {
    const output = JSON.parse(await docsCli(workspace(), ['report', workspace(), '--as-of', DOCS_DAY, '--json'])) as unknown;
    const fields = documentedShape('deals');
    expect(fields.length).toBeGreaterThan(30);
    expect(missingFields(fields, output)).toEqual([]);
  });

  it('review --json has every field the page documents', async () => {
    await reviewThenEdit(workspace());
    const output = JSON.parse(await docsCli(workspace(), ['review', workspace(), '--json'])) as unknown;
    expect(missingFields(documentedShape('review'), output)).toEqual([]);
  });
});
