// The app's client says a host's error in the chosen language when the host sends its key and values.
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/api/contract';
import type { WorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { ApiError, createDealmapClient } from '../../../renderer/api/dealmap-client';
import { InMemoryDealmapApi } from '../support/in-memory-dealmap-api';

class ConflictingSettingsApi extends InMemoryDealmapApi {
  override getSettings = async (): Promise<ApiResult<WorkspaceSettings>> => ({
    ok: false,
    error: {
      code: 'conflict',
      message: 'settings.json changed on disk since you opened the settings (another window, a teammate or a hand edit saved it). Reload the settings and save again; your change was not saved.',
      messageRef: { id: 'host.settings.conflict', values: { file: 'settings.json' } },
    },
  });
}

async function failure(language?: () => 'en' | 'sv'): Promise<ApiError> {
  const client = createDealmapClient(new ConflictingSettingsApi([]), language);
  const error: unknown = await client.getSettings({}).then(() => null, (reason: unknown) => reason);
  if (!(error instanceof ApiError)) throw new Error('expected an ApiError');
  return error;
}

describe('a host error in the app', () => {
  it('reads in Swedish when Swedish is chosen, keeping its code', async () => {
    const error = await failure(() => 'sv');
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^settings\.json har ändrats på disken sedan du öppnade inställningarna/);
  });

  it('reads as the host wrote it in English, and without a language', async () => {
    expect((await failure(() => 'en')).message).toMatch(/^settings\.json changed on disk since you opened the settings/);
    expect((await failure()).message).toMatch(/^settings\.json changed on disk since you opened the settings/);
  });
});
