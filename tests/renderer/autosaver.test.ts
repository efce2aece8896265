import { describe, expect, it } from 'vitest';
import type { Deal } from '../../shared/model/deal-schema';
import { createDealmapClient } from '../../renderer/api/dealmap-client';
import { Autosaver, adoptRevision, type SaveStatus } from '../../renderer/state/autosave';
import { renameDeal } from '../../shared/edits/deal-edits';
import { dealFingerprint } from '../../shared/model/deal-fingerprint';
import { buildDeal } from '../support/deal-builder';
import { InMemoryDealmapApi } from './support/in-memory-dealmap-api';

const acmeDeal = () => buildDeal({ id: 'acme-erp', name: 'ERP replacement', account: 'Acme AB' });

/** Flushes explicitly: the timer is set far out so no test depends on time. */
function setup(deal: Deal) {
  const api = new InMemoryDealmapApi([deal]);
  const client = createDealmapClient(api);
  const statuses: SaveStatus['kind'][] = [];
  let last: SaveStatus = { kind: 'saved' };
  let working = deal;
  const saver = new Autosaver(
    {
      save: (d, base) => client.saveDeal(base ? { deal: d, base: dealFingerprint(base) } : { deal: d }),
      adopt: (saved) => {
        working = adoptRevision(working, saved);
      },
      report: (status) => {
        statuses.push(status.kind);
        last = status;
      },
    },
    60_000,
    deal,
  );
  const edit = (change: (d: Deal) => Deal) => {
    working = change(working);
    saver.changed(working);
  };
  return { api, saver, edit, statuses, lastStatus: () => last, working: () => working };
}

describe('Autosaver', () => {
  it('goes Saving… then Saved, and the working copy adopts the new revision', async () => {
    const { api, saver, edit, statuses, working } = setup(acmeDeal());
    edit((d) => renameDeal(d, 'ERP 2.0'));
    expect(statuses).toEqual(['saving']);
    await saver.flush();
    expect(statuses).toEqual(['saving', 'saved']);
    expect(working().revision).toBe(2);
    expect(api.deals.get('acme-erp')?.name).toBe('ERP 2.0');
    saver.dispose();
  });

  it('keeps edits made while a save is in flight and saves them on the new revision', async () => {
    const { api, saver, edit, statuses, working } = setup(acmeDeal());
    api.hold();
    edit((d) => renameDeal(d, 'first'));
    const inFlight = saver.flush();
    await api.saveArrived();
    edit((d) => ({ ...d, account: 'Acme Group' }));
    api.open();
    await inFlight;
    expect(working()).toMatchObject({ name: 'first', account: 'Acme Group', revision: 2 });
    expect(statuses.at(-1)).toBe('saving');
    await saver.flush();
    expect(api.saved.map((d) => [d.name, d.account, d.revision])).toEqual([
      ['first', 'Acme AB', 2],
      ['first', 'Acme Group', 3],
    ]);
    expect(statuses.at(-1)).toBe('saved');
    saver.dispose();
  });

  it('sends one save at a time', async () => {
    const { api, saver, edit } = setup(acmeDeal());
    api.hold();
    edit((d) => renameDeal(d, 'a'));
    const first = saver.flush();
    await api.saveArrived();
    edit((d) => renameDeal(d, 'b'));
    const second = saver.flush();
    api.release();
    await first;
    expect(api.saved).toHaveLength(1);
    await api.saveArrived();
    expect(api.saved).toHaveLength(1);
    api.open();
    await second;
    expect(api.saved.map((d) => d.revision)).toEqual([2, 3]);
    saver.dispose();
  });

  it('reports a conflict and stops saving until the deal is reloaded', async () => {
    const { api, saver, edit, lastStatus } = setup(acmeDeal());
    api.touchOnDisk('acme-erp', { name: 'Changed elsewhere' });
    edit((d) => renameDeal(d, 'mine'));
    await saver.flush();
    expect(lastStatus()).toMatchObject({ kind: 'failed', conflict: true });
    expect((lastStatus() as { message: string }).message).toContain('changed on disk');
    edit((d) => renameDeal(d, 'mine again'));
    await saver.flush();
    expect(api.saved).toHaveLength(0);
    expect(api.deals.get('acme-erp')?.name).toBe('Changed elsewhere');
    saver.dispose();
  });

  it('reports a conflict when the file was edited by hand at the same revision, and leaves it as it is', async () => {
    const { api, saver, edit, lastStatus } = setup(acmeDeal());
    edit((d) => renameDeal(d, 'first'));
    await saver.flush();
    api.editOnDisk('acme-erp', { account: 'Edited by hand' });
    edit((d) => renameDeal(d, 'second'));
    await saver.flush();
    expect(lastStatus()).toMatchObject({ kind: 'failed', conflict: true });
    expect(api.deals.get('acme-erp')).toMatchObject({ name: 'first', account: 'Edited by hand', revision: 2 });
    saver.dispose();
  });

  it('does not send a deal that breaks the format, and says why', async () => {
    const { api, saver, edit, lastStatus } = setup(acmeDeal());
    edit((d) => renameDeal(d, ''));
    await saver.flush();
    expect(lastStatus()).toMatchObject({ kind: 'invalid' });
    expect(api.saved).toHaveLength(0);
    edit((d) => renameDeal(d, 'Named again'));
    await saver.flush();
    expect(lastStatus()).toEqual({ kind: 'saved' });
    saver.dispose();
  });

  it('counts edits as unsaved while they wait, while their save is in flight and after it fails', async () => {
    const { api, saver, edit } = setup(acmeDeal());
    expect([saver.hasUnsavedChanges, saver.unsavedDeal]).toEqual([false, null]);
    api.hold();
    edit((d) => renameDeal(d, 'waiting'));
    expect(saver.hasUnsavedChanges).toBe(true);
    const inFlight = saver.flush();
    await api.saveArrived();
    expect(saver.unsavedDeal?.name).toBe('waiting');
    api.open();
    await inFlight;
    expect([saver.hasUnsavedChanges, saver.unsavedDeal]).toEqual([false, null]);
    api.touchOnDisk('acme-erp', { account: 'Elsewhere' });
    edit((d) => renameDeal(d, 'refused'));
    await saver.flush();
    expect(saver.unsavedDeal?.name).toBe('refused');
    saver.dispose();
  });
});
