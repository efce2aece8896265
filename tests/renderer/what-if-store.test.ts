// What-if mode in the store: scratch edits are never saved, Apply saves once, Discard restores exactly.
import { describe, expect, it, vi } from 'vitest';
import { createDealmapClient } from '../../renderer/api/dealmap-client';
import { visibleDeals } from '../../renderer/state/app-state';
import type { DealSummary } from '../../shared/pipeline/deal-summary';
import { createAppStore } from '../../renderer/state/app-store';
import { updateStakeholder } from '../../shared/edits/buying-center-edits';
import { renameDeal } from '../../shared/edits/deal-edits';
import { buildDeal, buildDealWithSaboteur } from '../support/deal-builder';
import { InMemoryDealmapApi } from './support/in-memory-dealmap-api';
import { memoryStorage } from './support/render-app';

/** Whether the listed summary of the saboteur deal still has Anders as an unchecked saboteur (the list holds summaries). */
function listedWithSaboteur(deals: readonly DealSummary[]): boolean | undefined {
  return deals.find((deal) => deal.id === 'acme-erp')?.gaps.some(([code]) => code === 'saboteur-unchecked');
}

/** The saboteur deal open first, "Alpha" second; saves go only when flushed. */
async function saboteurDeal() {
  const api = new InMemoryDealmapApi([buildDealWithSaboteur(), buildDeal({ id: 'zeta', name: 'Zeta' })]);
  const store = createAppStore(createDealmapClient(api), { asOf: '2026-11-27', storage: memoryStorage(), autosaveDelayMs: 60_000 });
  await store.load();
  return { api, store };
}

const neutralAnders = (deal: Parameters<typeof updateStakeholder>[0]) => updateStakeholder(deal, 'anders', { stance: 'neutral' });

describe('what-if in the store', () => {
  it('never saves a scratch edit, undo and redo included, and the deal list keeps the saved deal', async () => {
    const { api, store } = await saboteurDeal();
    store.enterWhatIf();
    store.edit(neutralAnders);
    store.edit((deal) => renameDeal(deal, 'Simulated name'), 'deal:name');
    store.undo();
    store.redo();
    await store.flushPendingSaves();
    expect(await store.saveEverything()).toBe(true);
    expect(api.saved).toHaveLength(0);
    expect(store.hasUnsavedChanges()).toBe(false);
    expect(store.getState().deal?.name).toBe('Simulated name');
    const listed = visibleDeals(store.getState()).find((deal) => deal.id === 'acme-erp');
    expect(listed?.name).toBe('ERP replacement');
    expect(listedWithSaboteur(visibleDeals(store.getState()))).toBe(true);
    expect(store.getState().whatIf?.saved.stakeholders.find((s) => s.id === 'anders')?.stance).toBe('saboteur');
  });

  it('discards back to exactly the saved deal and its own undo history', async () => {
    const { api, store } = await saboteurDeal();
    store.edit((deal) => renameDeal(deal, 'Before simulating'));
    await store.flushPendingSaves();
    const saved = store.getState().deal;
    const history = store.getState().history;
    store.enterWhatIf();
    expect(store.getState().history.past).toHaveLength(0);
    store.edit(neutralAnders);
    store.discardWhatIf();
    expect(store.getState().deal).toBe(saved);
    expect(store.getState().history).toBe(history);
    expect(store.getState().whatIf).toBeNull();
    await store.flushPendingSaves();
    expect(api.saved).toHaveLength(1);
  });

  it('applies the scratch copy as one undo step and one save', async () => {
    const { api, store } = await saboteurDeal();
    store.enterWhatIf();
    store.edit(neutralAnders);
    store.edit((deal) => renameDeal(deal, 'Applied'));
    store.applyWhatIf();
    expect(store.getState().whatIf).toBeNull();
    expect(store.getState().history.past).toHaveLength(1);
    await store.flushPendingSaves();
    expect(api.saved).toHaveLength(1);
    expect(api.deals.get('acme-erp')).toMatchObject({ name: 'Applied', revision: 2 });
    expect(api.deals.get('acme-erp')?.stakeholders.find((s) => s.id === 'anders')?.stance).toBe('neutral');
    store.undo();
    expect(store.getState().deal?.name).toBe('ERP replacement');
  });

  it('lets a save begun before simulating finish into the saved deal, and Apply saves over it', async () => {
    const { api, store } = await saboteurDeal();
    api.hold();
    store.edit((deal) => renameDeal(deal, 'Saved before'));
    const inFlight = store.flushPendingSaves();
    await api.saveArrived();
    store.enterWhatIf();
    store.edit(neutralAnders);
    api.open();
    await inFlight;
    expect(api.deals.get('acme-erp')).toMatchObject({ name: 'Saved before', revision: 2 });
    expect(store.getState().whatIf?.saved.revision).toBe(2);
    expect(store.getState().deal).toMatchObject({ revision: 2, name: 'Saved before' });
    expect(store.getState().deal?.stakeholders.find((s) => s.id === 'anders')?.stance).toBe('neutral');
    expect(listedWithSaboteur(visibleDeals(store.getState()))).toBe(true);

    store.applyWhatIf();
    await store.flushPendingSaves();
    expect(store.getState().saveStatus).toEqual({ kind: 'saved' });
    expect(api.deals.get('acme-erp')?.revision).toBe(3);
    expect(api.saved).toHaveLength(2);
  });

  it('asks before opening another deal, and opens it after the answer', async () => {
    const { api, store } = await saboteurDeal();
    store.enterWhatIf();
    store.edit(neutralAnders);
    store.openDeal('zeta');
    expect(store.getState().deal?.id).toBe('acme-erp');
    expect(store.getState().whatIf?.leaveRequest).toEqual({ kind: 'open-deal', dealId: 'zeta' });
    store.answerSimulationLeave('stay');
    expect(store.getState().whatIf?.leaveRequest).toBeNull();

    store.openDeal('zeta');
    store.answerSimulationLeave('discard');
    await vi.waitFor(() => expect(store.getState().deal?.id).toBe('zeta'));
    await store.flushPendingSaves();
    expect(api.saved).toHaveLength(0);
    expect(listedWithSaboteur(store.getState().deals)).toBe(true);
  });

  it('ends at once without changes, and asks when the toggle is pressed with changes', async () => {
    const { store } = await saboteurDeal();
    store.enterWhatIf();
    store.exitWhatIf();
    expect(store.getState().whatIf).toBeNull();
    store.enterWhatIf(neutralAnders);
    expect(store.getState().history.past).toHaveLength(1);
    store.exitWhatIf();
    expect(store.getState().whatIf?.leaveRequest).toEqual({ kind: 'exit' });
  });

  it('drops the simulation with a notice when another deal replaces it', async () => {
    const { api, store } = await saboteurDeal();
    store.enterWhatIf(neutralAnders);
    await store.createDeal('Brand new', 'New AB');
    expect(store.getState().whatIf).toBeNull();
    expect(store.getState().deal?.id).toBe('brand-new');
    expect(store.getState().whatIfNotice).toEqual({ id: 'whatif.notice.discarded', values: { deal: 'ERP replacement' } });
    await store.flushPendingSaves();
    expect(api.saved).toHaveLength(0);
    expect(listedWithSaboteur(store.getState().deals)).toBe(true);
  });
});
