// A file in imports/ that is not an import journal is refused with a message in the reader's language.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DealmapApiError } from '../../../electron/services/dealmap-api-error';
import { readLatestJournal } from '../../../electron/services/import/import-journal';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { useTempWorkspace } from '../../support/temp-workspace';

const folder = useTempWorkspace();

describe('a damaged import journal', () => {
  it('names the file and why, in English and Swedish', async () => {
    await mkdir(join(folder(), 'imports'), { recursive: true });
    await writeFile(join(folder(), 'imports', '2026-12-01T09-00-00-000Z.json'), JSON.stringify({ id: 'x', system: 'pipedrive', at: 'now', files: [], entries: [] }));
    const error = (await readLatestJournal(folder()).catch((failure: unknown) => failure)) as DealmapApiError;
    expect(error.code).toBe('unreadable-file');
    expect(error.message).toMatch(/^imports\/2026-12-01T09-00-00-000Z\.json is not an import journal: /);
    const swedish = renderMessage(dealmapIntl('sv'), error.messageRef ?? { id: 'missing' });
    expect(swedish).toMatch(/^imports\/2026-12-01T09-00-00-000Z\.json är ingen importjournal: .*salesforce/);
    expect(swedish).not.toMatch(/[{}]|expected|Invalid/);
  });
});
