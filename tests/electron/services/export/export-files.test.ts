// exportFiles and exportReviewPdf on real folders: where files go, names refused with reasons, never an overwrite.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../../../electron/services/api-dispatch';
import { createDealmapServices } from '../../../../electron/services/dealmap-services';
import { apiInputSchemas } from '../../../../shared/api/contract';
import { MAX_EXPORT_BYTES } from '../../../../shared/export/export-names';
import { useTempWorkspace } from '../../../support/temp-workspace';

const workspace = useTempWorkspace();
const services = () => createDealmapServices({ workspace: workspace() });
const exportsDir = () => join(workspace(), 'exports');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function call(input: unknown) {
  return callApi(services(), 'exportFiles', input);
}

function textFile(name: string, content = 'x') {
  return { name, content, encoding: 'utf8' as const };
}

describe('exportFiles', () => {
  it('writes text and base64 files, a subfolder included, under <workspace>/exports/<folder>', async () => {
    const png = Buffer.concat([PNG_SIGNATURE, Buffer.from('rest of the image')]);
    const result = await services().exportFiles({
      folderName: 'review-pack-2027-01-15',
      files: [
        textFile('review-pack.md', '# Pack — Åsa & <Bo>\n'),
        textFile('maps/northwind-erp.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'),
        { name: 'map.png', content: png.toString('base64'), encoding: 'base64' },
      ],
    });
    const folder = join(exportsDir(), 'review-pack-2027-01-15');
    expect(result).toEqual({ folder, files: ['review-pack.md', 'maps/northwind-erp.svg', 'map.png'] });
    expect(await readFile(join(folder, 'review-pack.md'), 'utf8')).toBe('# Pack — Åsa & <Bo>\n');
    expect(await readFile(join(folder, 'maps', 'northwind-erp.svg'), 'utf8')).toContain('<svg');
    expect(await readFile(join(folder, 'map.png'))).toEqual(png);
    // Atomic writes leave no temporary files behind.
    expect((await readdir(folder)).sort()).toEqual(['map.png', 'maps', 'review-pack.md']);
  });

  it('never writes into an existing folder: the next free name gets -2, -3', async () => {
    await mkdir(join(exportsDir(), 'map-acme'), { recursive: true });
    await writeFile(join(exportsDir(), 'map-acme', 'map.svg'), 'the user’s own file');
    const second = await services().exportFiles({ folderName: 'map-acme', files: [textFile('map.svg', 'new')] });
    const third = await services().exportFiles({ folderName: 'map-acme', files: [textFile('map.svg', 'newer')] });
    expect(second.folder).toBe(join(exportsDir(), 'map-acme-2'));
    expect(third.folder).toBe(join(exportsDir(), 'map-acme-3'));
    expect(await readFile(join(exportsDir(), 'map-acme', 'map.svg'), 'utf8')).toBe('the user’s own file');
    expect(await readFile(join(exportsDir(), 'map-acme-3', 'map.svg'), 'utf8')).toBe('newer');
  });

  it.each([
    ['a folder that climbs out', { folderName: '..', files: [textFile('a.md')] }, 'folder name ".." may not contain ".."'],
    ['a folder with a separator', { folderName: 'a/b', files: [textFile('a.md')] }, 'may not contain / \\ or :'],
    ['a hidden folder', { folderName: '.ssh', files: [textFile('a.md')] }, 'must start with a letter or digit'],
    ['a file that climbs out', { folderName: 'ok', files: [textFile('../evil.md')] }, '".." may not contain ".."'],
    ['an absolute file path', { folderName: 'ok', files: [textFile('/etc/passwd.md')] }, 'at most one folder'],
    ['a name starting with a separator', { folderName: 'ok', files: [textFile('/passwd.md')] }, '"" is empty'],
    ['a Windows path', { folderName: 'ok', files: [textFile('..\\evil.md')] }, 'file name "..\\evil.md"'],
    ['two folders deep', { folderName: 'ok', files: [textFile('a/b/c.svg')] }, 'at most one folder'],
    ['an extension not exported', { folderName: 'ok', files: [textFile('deal.json')] }, 'must end in .md, .svg, .png, .pdf, .html'],
    ['a script', { folderName: 'ok', files: [textFile('run.sh')] }, 'must end in'],
    ['no files', { folderName: 'ok', files: [] }, 'files'],
  ])('refuses %s with a clear message and writes nothing', async (_case, input, message) => {
    const result = await call(input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: expect.stringContaining(message) } });
    await expect(readdir(exportsDir())).rejects.toThrow();
  });

  it('refuses the same name twice, whatever its case, and a name that is both file and folder', async () => {
    const twice = await call({ folderName: 'ok', files: [textFile('Pack.md'), textFile('pack.md')] });
    expect(twice).toMatchObject({ ok: false, error: { message: 'Export refused: file name "pack.md" is given twice.' } });
    const clash = await call({ folderName: 'ok', files: [textFile('maps.svg'), textFile('maps.svg/a.svg')] });
    expect(clash).toMatchObject({ ok: false, error: { message: 'Export refused: "maps.svg" is both a file and a folder.' } });
    await expect(readdir(exportsDir())).rejects.toThrow();
  });

  it('refuses content that is not base64 and exports over the size cap, naming the sizes', async () => {
    const bad = await call({ folderName: 'ok', files: [{ name: 'a.png', content: 'not base64!', encoding: 'base64' }] });
    expect(bad).toMatchObject({ ok: false, error: { message: 'Export refused: file "a.png" is not valid base64.' } });
    const half = 'x'.repeat(MAX_EXPORT_BYTES / 2 + 1);
    const big = await call({ folderName: 'ok', files: [textFile('a.md', half), textFile('b.md', half)] });
    expect(big).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', message: 'exportFiles: files: the files come to more than 3.0 MB; one export holds at most 3.0 MB' },
    });
    await expect(readdir(exportsDir())).rejects.toThrow();
  });

  it('refuses a payload over the cap in its schema, before decoding a byte: 100 base64 files of 4 MB', async () => {
    const content = 'A'.repeat(4 * 1024 * 1024);
    const files = Array.from({ length: 100 }, (_, index) => ({ name: `f${index}.png`, content, encoding: 'base64' as const }));
    const parsed = apiInputSchemas.exportFiles.safeParse({ folderName: 'x', files });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(['the files come to more than 3.0 MB; one export holds at most 3.0 MB']);
    expect(await call({ folderName: 'x', files })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    await expect(readdir(exportsDir())).rejects.toThrow();
  });

  it('counts base64 as the bytes it decodes to and UTF-8 text by its bytes, so an export just at the cap is written', async () => {
    const third = MAX_EXPORT_BYTES / 3;
    const png = Buffer.alloc(third, 1).toString('base64');
    // "é" is two bytes in UTF-8: the text is `third` bytes in `third / 2` characters.
    const atCap = [textFile('a.md', 'é'.repeat(third / 2)), { name: 'b.png', content: png, encoding: 'base64' as const }, textFile('c.md', 'x'.repeat(third))];
    expect(apiInputSchemas.exportFiles.safeParse({ folderName: 'x', files: atCap }).success).toBe(true);
    const overByOne = [...atCap, textFile('d.md', 'x')];
    expect(apiInputSchemas.exportFiles.safeParse({ folderName: 'x', files: overByOne }).success).toBe(false);
    const overByAccent = [textFile('a.md', `${'é'.repeat(third / 2)}é`), atCap[1], atCap[2]];
    expect(apiInputSchemas.exportFiles.safeParse({ folderName: 'x', files: overByAccent }).success).toBe(false);
    expect(await call({ folderName: 'x', files: atCap })).toMatchObject({ ok: true, value: { files: ['a.md', 'b.png', 'c.md'] } });
  });
});

describe('exportReviewPdf', () => {
  it('says where PDFs are made when the host has no printer (the browser host)', async () => {
    const result = await callApi(services(), 'exportReviewPdf', { folderName: 'pack', html: '<p>pack</p>' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('print it to PDF') } });
  });

  it('writes what the printer makes as review-pack.pdf in a new export folder', async () => {
    const printed: string[] = [];
    const withPrinter = createDealmapServices({
      workspace: workspace(),
      printPdf: async (html) => {
        printed.push(html);
        return Buffer.from('%PDF-1.7 fake');
      },
    });
    const result = await withPrinter.exportReviewPdf({ folderName: 'review-pack-2027-01-15', html: '<h1>Pack</h1>' });
    expect(printed).toEqual(['<h1>Pack</h1>']);
    expect(result).toEqual({ folder: join(exportsDir(), 'review-pack-2027-01-15'), files: ['review-pack.pdf'] });
    expect(await readFile(join(result.folder, 'review-pack.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('refuses HTML over the cap before anything is printed', async () => {
    const printed: string[] = [];
    const withPrinter = createDealmapServices({
      workspace: workspace(),
      printPdf: async (html) => {
        printed.push(html);
        return Buffer.from('%PDF-1.7 fake');
      },
    });
    const html = `<p>${'x'.repeat(MAX_EXPORT_BYTES)}</p>`;
    const result = await callApi(withPrinter, 'exportReviewPdf', { folderName: 'pack', html });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload', message: `exportReviewPdf: html: expected at most ${MAX_EXPORT_BYTES} characters of HTML` } });
    expect(printed).toEqual([]);
  });
});
