// getSettings and saveSettings on real files: defaults when missing, named problems, never overwritten.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../../../electron/services/api-dispatch';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { DealmapApiError } from '../../../electron/services/dealmap-api-error';
import { DEFAULT_WORKSPACE_SETTINGS, defaultWorkspaceSettings, settingsFingerprint } from '../../../shared/settings/workspace-settings';
import { makeTempWorkspace, removeTempWorkspace, useTempWorkspace } from '../../support/temp-workspace';

const workspace = useTempWorkspace();
const services = () => createDealmapServices({ workspace: workspace() });
const settingsPath = () => join(workspace(), 'settings.json');
/** What a save starts from in a workspace without settings.json. */
const DEFAULTS_BASE = settingsFingerprint(defaultWorkspaceSettings());

async function rejection(promise: Promise<unknown>): Promise<DealmapApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DealmapApiError)) throw new Error(`expected a DealmapApiError, got ${String(error)}`);
  return error;
}

describe('getSettings', () => {
  it('answers the documented defaults when there is no settings file, and writes nothing', async () => {
    expect(await services().getSettings({})).toEqual({
      schemaVersion: 1,
      defaultLens: 'qualified-prospect',
      staleContactDays: 30,
      singleThreadMinEngaged: 2,
      actionWeights: { blocker: 10, score: 1 },
    });
    expect(await readdir(workspace())).toEqual([]);
  });

  it('fills what the file leaves out and keeps fields it does not know', async () => {
    await writeFile(settingsPath(), '\uFEFF{ "staleContactDays": 45, "actionWeights": { "score": 2 }, "team": "Nordics" }');
    expect(await services().getSettings({})).toEqual({
      ...DEFAULT_WORKSPACE_SETTINGS,
      staleContactDays: 45,
      actionWeights: { blocker: 10, score: 2 },
      team: 'Nordics',
    });
  });

  it.each([
    ['a wrong value', '{ "staleContactDays": 0 }', 'settings.json: staleContactDays: expected an integer from 1 to 3650'],
    ['a nested wrong value', '{ "actionWeights": { "blocker": -1 } }', 'settings.json: actionWeights.blocker: expected a number >= 0'],
    ['an unknown lens', '{ "defaultLens": "spin" }', 'settings.json: defaultLens: expected one of qualified-prospect, bant, meddpicc'],
    ['a newer version', '{ "schemaVersion": 2 }', 'settings.json: schemaVersion: expected 1'],
    ['null', 'null', 'settings.json: expected a settings object, got null'],
  ])('refuses %s as unreadable-file, naming the file, the field and the reason', async (_case, text, message) => {
    await writeFile(settingsPath(), text);
    const error = await rejection(services().getSettings({}));
    expect(error.code).toBe('unreadable-file');
    expect(error.message).toBe(`${message}. Fix the file or delete it to use the defaults; Dealmap does not overwrite it.`);
  });

  it('refuses a file that is not JSON', async () => {
    await writeFile(settingsPath(), '{ "staleContactDays": ');
    const error = await rejection(services().getSettings({}));
    expect(error.code).toBe('unreadable-file');
    expect(error.message).toMatch(/^settings\.json: not valid JSON: /);
  });
});

describe('saveSettings', () => {
  it('writes the settings as pretty JSON and answers them as written', async () => {
    const settings = { ...defaultWorkspaceSettings(), defaultLens: 'meddpicc' as const, singleThreadMinEngaged: 3 };
    const written = await services().saveSettings({ settings, base: DEFAULTS_BASE });
    expect(written).toEqual(settings);
    const text = await readFile(settingsPath(), 'utf8');
    expect(text).toBe(`${JSON.stringify(settings, null, 2)}\n`);
    expect(await services().getSettings({})).toEqual(settings);
    expect(await readdir(workspace())).toEqual(['settings.json']);
  });

  it('fills defaults through the API and refuses bad values before touching the file', async () => {
    const api = (input: unknown) => callApi(services(), 'saveSettings', input);
    const saved = await api({ settings: { staleContactDays: 14 }, base: DEFAULTS_BASE });
    expect(saved).toEqual({ ok: true, value: { ...DEFAULT_WORKSPACE_SETTINGS, staleContactDays: 14 } });
    const before = await readFile(settingsPath(), 'utf8');
    const refused = await api({ settings: { staleContactDays: 'soon' }, base: DEFAULTS_BASE });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await readFile(settingsPath(), 'utf8')).toBe(before);
  });

  it('never overwrites a settings file it cannot read', async () => {
    await writeFile(settingsPath(), '{ "staleContactDays": "a month" }');
    const error = await rejection(services().saveSettings({ settings: defaultWorkspaceSettings(), base: DEFAULTS_BASE }));
    expect(error.code).toBe('unreadable-file');
    expect(error.message).toContain('settings.json: staleContactDays: ');
    expect(await readFile(settingsPath(), 'utf8')).toBe('{ "staleContactDays": "a month" }');
  });

  it('creates the workspace folder when it does not exist yet', async () => {
    const parent = await makeTempWorkspace();
    try {
      const nested = join(parent, 'new', 'workspace');
      await createDealmapServices({ workspace: nested }).saveSettings({ settings: defaultWorkspaceSettings(), base: DEFAULTS_BASE });
      expect(await readdir(nested)).toEqual(['settings.json']);
    } finally {
      await removeTempWorkspace(parent);
    }
  });
});

describe('saveSettings from a base', () => {
  const CONFLICT =
    'settings.json changed on disk since you opened the settings (another window, a teammate or a hand edit saved it). Reload the settings and save again; your change was not saved.';

  it('refuses to overwrite a file another writer changed since it was read, and leaves that file as it is', async () => {
    const loaded = await services().getSettings({});
    const theirs = `${JSON.stringify({ schemaVersion: 1, staleContactDays: 14, defaultLens: 'meddpicc', futureField: { keep: true } }, null, 2)}\n`;
    await writeFile(settingsPath(), theirs);
    const mine = { ...loaded, actionWeights: { ...loaded.actionWeights, blocker: 20 } };
    const error = await rejection(services().saveSettings({ settings: mine, base: settingsFingerprint(loaded) }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(CONFLICT);
    expect(await readFile(settingsPath(), 'utf8')).toBe(theirs);
  });

  it('refuses through the API too, as a conflict the renderer can tell apart', async () => {
    await writeFile(settingsPath(), '{ "staleContactDays": 45 }');
    const stale = settingsFingerprint(defaultWorkspaceSettings());
    const result = await callApi(services(), 'saveSettings', { settings: defaultWorkspaceSettings(), base: stale });
    // The message in English, and as a key and values the app renders in the chosen language.
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: CONFLICT, messageRef: { id: 'host.settings.conflict', values: { file: 'settings.json' } } } });
    for (const base of ['not a fingerprint', undefined]) {
      expect(await callApi(services(), 'saveSettings', { settings: {}, base })).toMatchObject({
      ok: false,
        error: { code: 'invalid-payload', message: 'saveSettings: base: expected a settings fingerprint' },
      });
    }
    // A save that names no base would overwrite blindly: it is refused before the file is read.
    expect(await readFile(settingsPath(), 'utf8')).toBe('{ "staleContactDays": 45 }');
  });

  it('saves over the settings it read, keeping fields it does not know, and answers what the next save starts from', async () => {
    await writeFile(settingsPath(), '{ "staleContactDays": 14, "futureField": { "keep": true }, "actionWeights": { "score": 2, "extra": 1 } }');
    const loaded = await services().getSettings({});
    const mine = { ...loaded, actionWeights: { ...loaded.actionWeights, blocker: 20 } };
    const written = await services().saveSettings({ settings: mine, base: settingsFingerprint(loaded) });
    const onDisk: unknown = JSON.parse(await readFile(settingsPath(), 'utf8'));
    expect(onDisk).toEqual({ ...DEFAULT_WORKSPACE_SETTINGS, staleContactDays: 14, futureField: { keep: true }, actionWeights: { blocker: 20, score: 2, extra: 1 } });
    expect(written).toEqual(onDisk);
    // The answer is the next base: a second save from it goes through.
    const again = await callApi(services(), 'saveSettings', { settings: { ...written, staleContactDays: 7 }, base: settingsFingerprint(written) });
    expect(again).toMatchObject({ ok: true, value: { staleContactDays: 7, futureField: { keep: true } } });
  });

  it('takes a missing file as the defaults: a save from them goes through, unless a file appeared meanwhile', async () => {
    const fresh = settingsFingerprint(await services().getSettings({}));
    await services().saveSettings({ settings: { ...defaultWorkspaceSettings(), staleContactDays: 10 }, base: fresh });
    expect(JSON.parse(await readFile(settingsPath(), 'utf8'))).toMatchObject({ staleContactDays: 10 });
    const error = await rejection(services().saveSettings({ settings: defaultWorkspaceSettings(), base: fresh }));
    expect(error.code).toBe('conflict');
  });

  it('sees no conflict in key order or in a file that spells out what the defaults fill in', async () => {
    await writeFile(settingsPath(), '{ "actionWeights": { "score": 1, "blocker": 10 }, "staleContactDays": 30, "schemaVersion": 1 }');
    const base = settingsFingerprint(defaultWorkspaceSettings());
    await services().saveSettings({ settings: { ...defaultWorkspaceSettings(), singleThreadMinEngaged: 3 }, base });
    expect(JSON.parse(await readFile(settingsPath(), 'utf8'))).toMatchObject({ singleThreadMinEngaged: 3 });
  });
});
