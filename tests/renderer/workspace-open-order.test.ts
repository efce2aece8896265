// Opening the workspace asks for the listing and the settings at once: the list never waits for the settings.
import { describe, expect, it } from 'vitest';
import { createDealmapClient } from '../../renderer/api/dealmap-client';
import { createAppStore } from '../../renderer/state/app-store';
import { defaultWorkspaceSettings } from '../../shared/settings/workspace-settings';
import { buildDeal } from '../support/deal-builder';
import { InMemoryDealmapApi } from './support/in-memory-dealmap-api';
import { memoryStorage } from './support/render-app';

describe('opening the workspace', () => {
  it('asks for the listing before the settings have answered, and lists once', async () => {
    const api = new InMemoryDealmapApi([buildDeal({ id: 'alpha', name: 'Alpha', account: 'Alpha AB' })]);
    const calls: string[] = [];
    let answerSettings: () => void = () => undefined;
    const settingsRead = api.getSettings;
    api.getSettings = async () => {
      calls.push('settings asked');
      await new Promise<void>((resolve) => (answerSettings = resolve));
      calls.push('settings answered');
      return settingsRead();
    };
    const listed = api.listDeals;
    api.listDeals = async (input) => {
      calls.push('listing asked');
      return listed(input);
    };
    api.settings = { ...defaultWorkspaceSettings(), staleContactDays: 45 };
    const store = createAppStore(createDealmapClient(api, () => 'en'), { asOf: '2026-11-27', storage: memoryStorage(), autosaveDelayMs: 60_000 });
    const loading = store.load();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual(['settings asked', 'listing asked']);
    answerSettings();
    await loading;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual(['settings asked', 'listing asked', 'settings answered']);
    expect(store.getState().settings.staleContactDays).toBe(45);
    expect(store.getState().deals.map((deal) => deal.id)).toEqual(['alpha']);
  });
});
