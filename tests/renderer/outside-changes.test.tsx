// Deal files changed on disk by someone else reach the open app: the list follows, the open deal follows or shows both versions.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDeal, buildDealWithSaboteur } from '../support/deal-builder';
import { renderApp, renderAppIn } from './support/render-app';

afterEach(cleanup);

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const listed = () => within(screen.getByRole('navigation', { name: 'Deal list' })).getAllByRole('button').map((button) => button.textContent ?? '');

async function twoDeals(autosaveDelayMs = 0) {
  const app = await renderApp([buildDeal({ id: 'alpha', name: 'Alpha' }), buildDealWithSaboteur()], undefined, autosaveDelayMs);
  await waitFor(() => expect(heading()).toBe('Alpha'));
  return app;
}

describe('an outside change', () => {
  it('to another deal updates the deal list', async () => {
    const { api } = await twoDeals();
    api.editOnDisk('acme-erp', { name: 'ERP renamed by a teammate' });
    api.pushChange(['deals/acme-erp.json']);
    await waitFor(() => expect(listed().some((text) => text.includes('ERP renamed by a teammate'))).toBe(true));
    expect(heading()).toBe('Alpha');
    // Only the changed file was read again, not the whole workspace.
    expect(api.changedAsked).toEqual([['deals/acme-erp.json']]);
    expect(api.listedAsOf).toHaveLength(1);
    api.deals.delete('acme-erp');
    api.pushChange(['deals/acme-erp.json']);
    await waitFor(() => expect(listed().some((text) => text.includes('ERP renamed'))).toBe(false));
  });

  it('to the open deal without unsaved edits shows the new version', async () => {
    const { api } = await twoDeals();
    api.touchOnDisk('alpha', { name: 'Alpha from the CLI' });
    api.pushChange(['deals/alpha.json']);
    await waitFor(() => expect(heading()).toBe('Alpha from the CLI'));
    expect(screen.queryByRole('alert', { name: 'Changed on disk' })).toBeNull();
  });

  it('to the open deal with unsaved edits shows both versions and replaces nothing until the user chooses', async () => {
    const { api, store } = await twoDeals(60_000);
    fireEvent.change(screen.getByLabelText('Deal name'), { target: { value: 'Alpha, my edit' } });
    api.touchOnDisk('alpha', { name: 'Alpha, their edit', amount: 99_000 });
    api.pushChange(['deals/alpha.json']);
    const banner = await screen.findByRole('alert', { name: 'Changed on disk' });
    expect(banner.textContent).toContain('Alpha, my edit');
    expect(banner.textContent).toContain('Alpha, their edit');
    expect(heading()).toBe('Alpha, my edit');
    expect(store.getState().deal?.name).toBe('Alpha, my edit');

    await userEvent.click(within(banner).getByRole('button', { name: 'Keep mine (save over it)' }));
    await store.flushPendingSaves();
    expect(api.deals.get('alpha')).toMatchObject({ name: 'Alpha, my edit', amount: 480_000 });
    expect(screen.queryByRole('alert', { name: 'Changed on disk' })).toBeNull();
  });

  it('can be taken instead of the unsaved edits', async () => {
    const { api, store } = await twoDeals(60_000);
    fireEvent.change(screen.getByLabelText('Deal name'), { target: { value: 'Alpha, my edit' } });
    api.touchOnDisk('alpha', { name: 'Alpha, their edit' });
    api.pushChange(['deals/alpha.json']);
    const banner = await screen.findByRole('alert', { name: 'Changed on disk' });
    await userEvent.click(within(banner).getByRole('button', { name: 'Take the version on disk' }));
    await waitFor(() => expect(heading()).toBe('Alpha, their edit'));
    await store.flushPendingSaves();
    expect(api.saved).toHaveLength(0);
  });

  it('names the fields that differ in Swedish when the app reads Swedish', async () => {
    const { api } = await renderAppIn('sv', [buildDeal({ id: 'alpha', name: 'Alpha' })], 60_000);
    await waitFor(() => expect(heading()).toBe('Alpha'));
    fireEvent.change(screen.getByLabelText('Affärens namn'), { target: { value: 'Alpha, min ändring' } });
    api.touchOnDisk('alpha', { name: 'Alpha, deras ändring', amount: 99_000, status: 'won' });
    api.pushChange(['deals/alpha.json']);
    const banner = await screen.findByRole('alert', { name: 'Ändrad på disken' });
    const rows = within(banner).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows.map(([field]) => field)).toEqual(['Fält', 'Namn', 'Belopp', 'Status']);
    expect(rows.find(([field]) => field === 'Belopp')).toEqual(['Belopp', '480\u00a0000 SEK', '99\u00a0000 SEK']);
    expect(rows.find(([field]) => field === 'Status')).toEqual(['Status', 'Öppen', 'Vunnen']);
  });

  it("of the app's own save, pushed while the user types on, is no conflict: the new edit saves as usual", async () => {
    const { api, store } = await twoDeals(60_000);
    const name = () => screen.getByLabelText('Deal name');
    fireEvent.change(name(), { target: { value: 'Alpha, saved' } });
    await store.flushPendingSaves();
    expect(api.deals.get('alpha')?.name).toBe('Alpha, saved');
    // The watcher's push for that save arrives late: the user types again while the app reads the file.
    const read = api.getDeal;
    let answered: Promise<unknown> = Promise.resolve();
    api.getDeal = (input) => {
      answered = read(input).then((answer) => {
        fireEvent.change(name(), { target: { value: 'Alpha, typed since' } });
        return answer;
      });
      return answered as ReturnType<typeof read>;
    };
    api.pushChange(['deals/alpha.json']);
    await waitFor(() => expect(heading()).toBe('Alpha, typed since'));
    await answered;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().outsideChange).toBeNull();
    expect(screen.queryByRole('alert', { name: 'Changed on disk' })).toBeNull();
    api.getDeal = read;
    await store.flushPendingSaves();
    expect(api.deals.get('alpha')?.name).toBe('Alpha, typed since');
  });
});
