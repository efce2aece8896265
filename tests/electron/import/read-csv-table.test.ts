// CSV files as real exports write them: BOM, CRLF, quoted commas and line breaks, `;` separators, UTF-16, any script.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../electron/services/import/read-csv-table';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { importProblemMessage } from '../../../shared/import/problem-log';
import { useTempWorkspace } from '../../support/temp-workspace';

const folder = useTempWorkspace();

async function readText(text: string | Buffer) {
  const path = join(folder(), 'file.csv');
  await writeFile(path, text);
  return readCsvTable({ name: 'file.csv', path });
}

describe('readCsvTable', () => {
  it('reads a BOM, CRLF, quoted commas, quotes and line breaks, and numbers records by their first line', async () => {
    const read = await readText('\uFEFFId,Name,Notes\r\n1,"Müller, Jörg","says ""ja""\r\nand more"\r\n\r\n2,山田 太郎,x\r\n');
    expect(read).toEqual({
      ok: true,
      problems: [],
      table: { file: 'file.csv', headers: ['Id', 'Name', 'Notes'], rows: [{ line: 2, cells: ['1', 'Müller, Jörg', 'says "ja"\r\nand more'] }, { line: 5, cells: ['2', '山田 太郎', 'x'] }] },
    });
  });

  it('detects `;` as the separator (Swedish and German Excel) and keeps `;` inside a quoted cell', async () => {
    const read = await readText('Record ID;Associated Contact IDs\n9001;"501;502"\n');
    expect(read.ok && read.table.rows[0]?.cells).toEqual(['9001', '501;502']);
  });

  it('reads UTF-16 with a byte order mark, tab separated (Excel Unicode text)', async () => {
    const read = await readText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Id\tName\r\n1\tÅsa\r\n', 'utf16le')]));
    expect(read.ok && read.table.rows[0]?.cells).toEqual(['1', 'Åsa']);
  });

  it('names the line where the CSV breaks, and an empty file', async () => {
    expect(await readText('Id,Name\n1,ok\n2,"never closed\n')).toMatchObject({ ok: false, problem: { severity: 'error', file: 'file.csv', message: expect.stringContaining('is not readable CSV here') } });
    expect(await readText('')).toEqual({ ok: false, problem: { severity: 'error', file: 'file.csv', message: 'is empty: expected a header line with the column names', reason: { id: 'importing.reason.empty-file' } } });
  });

  it('says why a file is not CSV, an empty file and bytes that are not UTF-8 in Swedish too', async () => {
    const swedish = (read: Awaited<ReturnType<typeof readText>>) => (read.ok ? read.problems : [read.problem]).map((problem) => renderMessage(dealmapIntl('sv'), importProblemMessage(problem)));
    const unclosed = await readText('Id,Name\n1,ok\n2,"never closed\n');
    expect(unclosed).toMatchObject({ ok: false, problem: { message: 'is not readable CSV here: a quote is opened and never closed' } });
    expect(swedish(unclosed)).toEqual([expect.stringMatching(/^file\.csv, rad \d+: går inte att läsa som CSV här: ett citattecken öppnas men stängs aldrig$/)]);
    expect(swedish(await readText(''))).toEqual(['file.csv: är tom: den ska börja med en rubrikrad med kolumnernas namn']);
    expect(swedish(await readText(Buffer.from('Id,Name\n1,M\xfcller\n', 'latin1')))).toEqual(['file.csv, rad 2: innehåller byte som inte är UTF-8 (tecknen visas som �); exportera filen som UTF-8 (CSV UTF-8 i Excel)']);
  });

  it('warns about bytes that are not UTF-8, naming the line', async () => {
    const read = await readText(Buffer.from('Id,Name\n1,M\xfcller\n', 'latin1'));
    expect(read).toMatchObject({ ok: true, problems: [{ severity: 'warning', file: 'file.csv', line: 2 }] });
  });
});
