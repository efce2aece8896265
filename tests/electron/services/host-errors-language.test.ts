// The host's errors a user reads carry their message as a key and values, so the app says them in its language; English stays as it was.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../../electron/services/api-dispatch';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import type { ApiResult } from '../../../shared/api/contract';
import { dealmapIntl, renderMessage } from '../../../shared/i18n/dealmap-intl';
import { defaultWorkspaceSettings, settingsFingerprint } from '../../../shared/settings/workspace-settings';
import { buildDeal } from '../../support/deal-builder';
import { useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace();
const services = () => createDealmapServices({ workspace: workspace() });

/** The failure's text in English (as sent) and in Swedish (as the app renders its key and values). */
function texts(result: ApiResult<unknown>): { en: string; sv: string } {
  if (result.ok) throw new Error('expected a failure');
  const ref = result.error.messageRef;
  if (ref === undefined) throw new Error(`expected a message key beside "${result.error.message}"`);
  expect(renderMessage(dealmapIntl('en'), ref)).toBe(result.error.message);
  return { en: result.error.message, sv: renderMessage(dealmapIntl('sv'), ref) };
}

describe('the host’s errors in a language', () => {
  it('name an unreadable settings.json with its field and reason in Swedish', async () => {
    await writeFile(join(workspace(), 'settings.json'), '{ "staleContactDays": 0 }');
    expect(texts(await callApi(services(), 'getSettings', {}))).toEqual({
      en: 'settings.json: staleContactDays: expected an integer from 1 to 3650. Fix the file or delete it to use the defaults; Dealmap does not overwrite it.',
      sv: 'settings.json: staleContactDays ska vara ett heltal från 1 till 3650. Rätta filen eller ta bort den för att använda standardvärdena; Dealmap skriver aldrig över den.',
    });
    await writeFile(join(workspace(), 'settings.json'), '{ not json');
    expect(texts(await callApi(services(), 'getSettings', {})).sv).toMatch(/^settings\.json: .+\. Rätta filen eller ta bort den/);
  });

  it('say a settings conflict, a stale deal save, a missing deal and a missing review in Swedish', async () => {
    await writeFile(join(workspace(), 'settings.json'), '{ "staleContactDays": 45 }');
    const conflict = texts(await callApi(services(), 'saveSettings', { settings: defaultWorkspaceSettings(), base: settingsFingerprint(defaultWorkspaceSettings()) }));
    expect(conflict.sv).toMatch(/^settings\.json har ändrats på disken sedan du öppnade inställningarna .* Din ändring sparades inte\.$/);

    const created = await services().createDeal({ name: 'Fleet telematics', account: 'Contoso AB' });
    await services().saveDeal({ deal: { ...created, account: 'Contoso Group' } });
    const stale = texts(await callApi(services(), 'saveDeal', { deal: { ...created, name: 'Fleet, my edit' } }));
    expect(stale.en).toMatch(/^Deal "Fleet telematics" \(deals\/.+\.json\) changed on disk: it is at revision 2, your edit started from revision 1\. Reload the deal; your change was not saved\.$/);
    expect(stale.sv).toMatch(/^Affären ”Fleet telematics” \(deals\/.+\.json\) har ändrats på disken: den är på version 2, din ändring utgick från version 1\. Läs in affären igen\. Din ändring sparades inte\.$/);

    const missing = texts(await callApi(services(), 'getDeal', { id: buildDeal({ id: 'nowhere' }).id }));
    expect(missing).toEqual({ en: 'No deal "nowhere": deals/nowhere.json does not exist.', sv: 'Ingen affär ”nowhere”: deals/nowhere.json finns inte.' });
    expect(texts(await callApi(services(), 'reviewChanges', { since: '2026-11-01' }))).toEqual({
      en: 'No review on or before 2026-11-01.',
      sv: 'Ingen genomgång den 2026-11-01 eller tidigare.',
    });
  });
});
