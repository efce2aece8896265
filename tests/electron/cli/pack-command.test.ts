// `dealmap pack`: one AE's one-to-one pack on a real workspace, in every format, never over an earlier one; usage errors exit 2.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { COACH_DAY, reviewAndEdit, writeGeneratedDeals } from '../../support/coach-workspace';
import { useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace();

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (text) => (stdout += text) }, stderr: { write: (text) => (stderr += text) } }, COACH_DAY, workspace());
  return { code, stdout, stderr };
}

describe('dealmap pack', () => {
  it('writes the pack as Markdown with its maps and as HTML, each into a new folder, the edited deals on their pages', async () => {
    await writeGeneratedDeals(workspace(), 60);
    const edited = await reviewAndEdit(workspace(), 'Sara Lind');
    const markdown = await run(['pack', '.', '--owner', 'sara lind', '--format', 'md', 'out']);
    expect(markdown).toMatchObject({ code: 0, stderr: '' });
    expect(markdown.stdout).toMatch(/^One-to-one pack for Sara Lind: \d+ deals, \d+ deal pages?, \d+ in the table; written to .*one-to-one-sara-lind-2026-11-27 \(\d+ files\)/);
    const html = await run(['pack', '.', '--owner', 'Sara Lind', '--format', 'html', '--since', '2026-11-20', 'out']);
    expect(html.code).toBe(0);
    expect((await readdir(join(workspace(), 'out'))).sort()).toEqual(['one-to-one-sara-lind-2026-11-27', 'one-to-one-sara-lind-2026-11-27-2']);
    const md = await readFile(join(workspace(), 'out', 'one-to-one-sara-lind-2026-11-27', 'one-to-one.md'), 'utf8');
    expect(md.startsWith('# One-to-one with Sara Lind — 2026-11-27\n')).toBe(true);
    for (const id of edited) expect(md).toContain(`](maps/${id}.svg)`);
    const maps = await readdir(join(workspace(), 'out', 'one-to-one-sara-lind-2026-11-27', 'maps'));
    expect(maps).toEqual(expect.arrayContaining(edited.map((id) => `${id}.svg`)));
    const page = await readFile(join(workspace(), 'out', 'one-to-one-sara-lind-2026-11-27-2', 'one-to-one.html'), 'utf8');
    expect(page).toContain('changes since the review of 2026-11-20');
    // The pack command's modules (ELK among them) load on its first run, inside this test.
  }, 60_000);

  it('names the owners there are for an owner with no deal, and refuses bad options, with exit 2', async () => {
    await writeGeneratedDeals(workspace(), 20);
    const nobody = await run(['pack', '.', '--owner', 'Nobody Here', 'out']);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toMatch(/^dealmap: No deal has the owner "Nobody Here"\. Owners: .*Sara Lind/);
    const swedish = await run(['pack', '.', '--owner', 'Nobody Here', 'out', '--lang', 'sv']);
    expect(swedish.code).toBe(2);
    expect(swedish.stderr).toMatch(/^dealmap: Ingen affär har ägaren ”Nobody Here”\. Ägare: .*Sara Lind.*\.\n$/);
    expect((await run(['pack', '.', '--owner', 'Sara Lind', '--format', 'docx', 'out'])).stderr).toContain('--format expects md, html or pdf, got "docx".');
    expect((await run(['pack', '.', 'out'])).code).toBe(2);
    expect((await run(['pack', '.', '--owner', 'Sara Lind'])).stderr).toContain('pack needs the workspace folder and the folder to write the pack into.');
    expect((await run(['pack', 'missing', '--owner', 'Sara Lind', 'out'])).stderr).toBe('dealmap: missing is not a Dealmap workspace: it has no deals/ folder.\n');
  });
});
