import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api/contract';
import type { Deal } from '../../shared/model/deal-schema';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '../../shared/settings/workspace-settings';
import { App } from '../../renderer/app';
import { createDealmapClient } from '../../renderer/api/dealmap-client';
import { createAppStore } from '../../renderer/state/app-store';
import { StoreProvider } from '../../renderer/state/store-context';
import { buildHealthyDeal } from '../support/deal-builder';
import { InMemoryDealmapApi } from './support/in-memory-dealmap-api';
import { memoryStorage, renderAppIn, setWindowSize } from './support/render-app';

afterEach(cleanup);

/** What the host answers for a settings.json it cannot read; it never overwrites such a file. */
const DAMAGED =
  'settings.json: staleContactDays: expected an integer from 1 to 3650. Fix the file or delete it to use the defaults; Dealmap does not overwrite it.';

class DamagedSettingsApi extends InMemoryDealmapApi {
  override getSettings = async (): Promise<ApiResult<WorkspaceSettings>> => ({
    ok: false,
    error: { code: 'unreadable-file', message: DAMAGED },
  });

  override saveSettings = async (): Promise<ApiResult<WorkspaceSettings>> => ({
    ok: false,
    error: { code: 'unreadable-file', message: DAMAGED },
  });
}

/** Eva Berg, the decision-maker, was last contacted 7 days before the review date 2026-11-27. */
async function renderWorkspace(api: InMemoryDealmapApi) {
  setWindowSize(1440, 900);
  const store = createAppStore(createDealmapClient(api), { asOf: '2026-11-27', storage: memoryStorage(), autosaveDelayMs: 0 });
  await store.load();
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return store;
}

const deals = (): Deal[] => [buildHealthyDeal()];

function dialog(): HTMLElement {
  return screen.getByRole('dialog', { name: 'Workspace settings' });
}

function field(label: string): HTMLInputElement {
  return within(dialog()).getByLabelText(label, { selector: 'input, select' });
}

function staleGap(): Element | null {
  return document.querySelector('[data-gap-code="stale-decision-maker"]');
}

describe('the workspace settings dialog', () => {
  it('loads the settings, shows each default, validates inline and saves a change every gap follows', async () => {
    const api = new InMemoryDealmapApi(deals());
    api.settings = { ...defaultWorkspaceSettings(), staleContactDays: 45 };
    const store = await renderWorkspace(api);
    expect(staleGap()).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Workspace settings' }));
    expect(field('Days until a contact is stale').value).toBe('45');
    expect(field('Default lens').value).toBe('qualified-prospect');
    expect(within(dialog()).getByText(/default: 30\./)).toBeTruthy();
    expect(within(dialog()).getByText(/default: 2\./)).toBeTruthy();

    fireEvent.change(field('Days until a contact is stale'), { target: { value: '0' } });
    expect(within(dialog()).getByText('Expected an integer from 1 to 3650.')).toBeTruthy();
    expect(field('Days until a contact is stale').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field('Per blocker cleared'), { target: { value: '' } });
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Save settings' }));
    expect(screen.queryByRole('dialog')).not.toBeNull();
    expect(api.settings.staleContactDays).toBe(45);

    fireEvent.change(field('Days until a contact is stale'), { target: { value: '5' } });
    fireEvent.change(field('Per blocker cleared'), { target: { value: '12' } });
    await userEvent.selectOptions(field('Default lens'), 'bant');
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.settings).toMatchObject({ staleContactDays: 5, defaultLens: 'bant', actionWeights: { blocker: 12, score: 1 } });
    expect(store.getState().settings.staleContactDays).toBe(5);

    // Eva's 7 days without contact are now too many, and the scorecard follows the new default lens.
    expect(staleGap()).not.toBeNull();
    expect(screen.getByRole('option', { name: 'Workspace default (BANT)' })).toBeTruthy();
  });

  it('puts the documented defaults back with "Reset to defaults"', async () => {
    const api = new InMemoryDealmapApi(deals());
    api.settings = { ...defaultWorkspaceSettings(), defaultLens: 'meddpicc', staleContactDays: 3, singleThreadMinEngaged: 4 };
    await renderWorkspace(api);
    await userEvent.click(screen.getByRole('button', { name: 'Workspace settings' }));
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Reset to defaults' }));
    expect(field('Default lens').value).toBe('qualified-prospect');
    expect(field('Days until a contact is stale').value).toBe('30');
    expect(field('Engaged stakeholders that end single-threading').value).toBe('2');
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Cancel' }));
    // Nothing is written until saved.
    expect(api.settings.staleContactDays).toBe(3);
  });
});

describe('settings another writer changed meanwhile', () => {
  it('are not overwritten: the conflict is named, "Reload settings" brings theirs in and keeps what was typed', async () => {
    const api = new InMemoryDealmapApi(deals());
    await renderWorkspace(api);
    await userEvent.click(screen.getByRole('button', { name: 'Workspace settings' }));
    // A teammate saves settings.json, with a field a newer Dealmap added.
    api.settings = { ...defaultWorkspaceSettings(), staleContactDays: 14, defaultLens: 'meddpicc', futureField: { keep: true } };
    const theirs = api.settings;
    fireEvent.change(field('Per blocker cleared'), { target: { value: '20' } });
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Save settings' }));

    const alert = await within(dialog()).findByRole('alert');
    expect(alert.textContent).toContain('settings.json changed on disk since you opened the settings');
    expect(api.settings).toBe(theirs);
    expect(field('Per blocker cleared').value).toBe('20');

    await userEvent.click(within(dialog()).getByRole('button', { name: 'Reload settings' }));
    await waitFor(() => expect(field('Days until a contact is stale').value).toBe('14'));
    expect(field('Default lens').value).toBe('meddpicc');
    expect(field('Per blocker cleared').value).toBe('20');
    expect(within(dialog()).queryByRole('alert')).toBeNull();
    expect(within(dialog()).getByRole('status').textContent).toContain('Reloaded from settings.json');

    await userEvent.click(within(dialog()).getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.settings).toEqual({ ...theirs, actionWeights: { blocker: 20, score: 1 } });
  });

  it('are not overwritten either when the app read them again while the dialog was open', async () => {
    const api = new InMemoryDealmapApi(deals());
    const store = await renderWorkspace(api);
    await userEvent.click(screen.getByRole('button', { name: 'Workspace settings' }));
    api.settings = { ...defaultWorkspaceSettings(), staleContactDays: 14 };
    await act(() => store.loadSettings());
    fireEvent.change(field('Per blocker cleared'), { target: { value: '20' } });
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Save settings' }));
    expect((await within(dialog()).findByRole('alert')).textContent).toContain('Reload settings');
    expect(api.settings.staleContactDays).toBe(14);
  });
});

describe('opening the settings dialog', () => {
  it('reads settings.json as it is now, so after a refused save and Escape the next save goes through', async () => {
    const api = new InMemoryDealmapApi(deals());
    const store = await renderWorkspace(api);
    const settingsAtLoad = store.getState().settings;
    await userEvent.click(screen.getByRole('button', { name: 'Workspace settings' }));
    await screen.findByRole('dialog', { name: 'Workspace settings' });
    // Opening again on unchanged settings keeps their object, so no qualification is redone.
    expect(store.getState().settings).toBe(settingsAtLoad);
    api.settings = { ...defaultWorkspaceSettings(), staleContactDays: 45 };
    fireEvent.change(field('Per blocker cleared'), { target: { value: '20' } });
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Save settings' }));
    await within(dialog()).findByRole('alert');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await userEvent.click(screen.getByRole('button', { name: 'Workspace settings' }));
    await screen.findByRole('dialog', { name: 'Workspace settings' });
    expect(field('Days until a contact is stale').value).toBe('45');
    fireEvent.change(field('Per blocker cleared'), { target: { value: '20' } });
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.settings).toEqual({ ...defaultWorkspaceSettings(), staleContactDays: 45, actionWeights: { blocker: 20, score: 1 } });
  });

  it('does not offer a threshold below 1 on its spin buttons', async () => {
    await renderWorkspace(new InMemoryDealmapApi(deals()));
    await userEvent.click(screen.getByRole('button', { name: 'Workspace settings' }));
    await screen.findByRole('dialog', { name: 'Workspace settings' });
    expect(field('Days until a contact is stale').min).toBe('1');
    expect(field('Engaged stakeholders that end single-threading').min).toBe('1');
    expect(field('Per blocker cleared').min).toBe('0');
  });
});

describe('an unreadable settings file', () => {
  it('is named with its field and reason, the app works on with the defaults, and it is never written', async () => {
    const api = new DamagedSettingsApi(deals());
    const store = await renderWorkspace(api);
    const note = screen.getByRole('region', { name: 'Workspace settings problem' });
    expect(note.textContent).toContain('settings.json: staleContactDays: expected an integer from 1 to 3650');
    expect(store.getState().settings).toEqual(defaultWorkspaceSettings());
    // The deal opens and is qualified as usual.
    expect(screen.getByRole('region', { name: 'Lens scorecard' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Workspace default (Qualified prospect)' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Workspace settings (settings.json could not be read)' }));
    expect(within(dialog()).getByRole('alert').textContent).toContain(DAMAGED);
    expect(within(dialog()).getByRole('button', { name: 'Save settings' })).toHaveProperty('disabled', true);
    expect(api.settings).toEqual(defaultWorkspaceSettings());
  });

  it('clears its note once the settings read again', async () => {
    const api = new DamagedSettingsApi(deals());
    const store = await renderWorkspace(api);
    api.getSettings = async () => ({ ok: true, value: defaultWorkspaceSettings() });
    await act(() => store.loadSettings());
    expect(screen.queryByRole('region', { name: 'Workspace settings problem' })).toBeNull();
  });

  it('names a wrong value and a bad rates file in Swedish when the app reads Swedish', async () => {
    await renderAppIn('sv', deals());
    await userEvent.click(screen.getByRole('button', { name: 'Arbetsytans inställningar' }));
    const swedish = screen.getByRole('dialog', { name: 'Arbetsytans inställningar' });
    fireEvent.change(within(swedish).getByLabelText('Dagar innan en kontakt räknas som gammal', { selector: 'input' }), { target: { value: '0' } });
    expect(within(swedish).getByText('Skriv ett heltal från 1 till 3650.')).toBeTruthy();
    const file = new File(['currency,rate\nSEKK,0.1\nUSD,-1\n'], 'kurser.csv', { type: 'text/csv' });
    fireEvent.change(within(swedish).getByLabelText(/^Importera kurser från en CSV-fil/), { target: { files: [file] } });
    const problems = await within(swedish).findByRole('alert');
    expect([...problems.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'kurser.csv rad 2, kolumnen valuta: skriv en kod med tre bokstäver, till exempel SEK. Här står ”SEKK”',
      'kurser.csv rad 3, kolumnen kurs: skriv ett tal över 0. Här står ”-1”',
    ]);
  });
});
