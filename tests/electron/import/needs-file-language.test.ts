// An import without its main file names the system and the file by their labels, in English and Swedish.
import { describe, expect, it } from 'vitest';
import { readImportFiles } from '../../../electron/services/import/read-import-files';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { importProblemMessage } from '../../../shared/import/problem-log';
import { AUTO } from '../../shared/import/table-builder';

describe('an import without its main file', () => {
  it.each([
    ['salesforce', 'a Salesforce import needs its "Opportunities" file', 'en import från Salesforce behöver filen "Opportunities"'],
    ['hubspot', 'a HubSpot import needs its "Deals" file', 'en import från HubSpot behöver filen "Affärer"'],
    ['csv', 'a CSV import needs its "CSV rows" file', 'en import från CSV behöver filen "CSV-rader"'],
  ] as const)('%s: says which file, in both languages', async (system, english, swedish) => {
    const [problem] = (await readImportFiles({ system, files: [], options: AUTO })).problems;
    if (problem === undefined) throw new Error('expected a problem');
    expect(problem.message).toBe(english);
    expect(renderMessage(dealmapIntl('sv'), importProblemMessage(problem))).toContain(swedish);
  });
});
