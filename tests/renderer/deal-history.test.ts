import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, recordEdit, redo, undo } from '../../renderer/state/deal-history';
import { buildDeal } from '../support/deal-builder';

describe('deal history', () => {
  it('undoes and redoes one edit at a time', () => {
    const v1 = buildDeal({ name: 'v1' });
    const v2 = buildDeal({ name: 'v2' });
    const v3 = buildDeal({ name: 'v3' });
    let history = recordEdit(EMPTY_HISTORY, v1, null);
    history = recordEdit(history, v2, null);

    const back = undo(history, v3);
    expect(back?.deal.name).toBe('v2');
    const back2 = back && undo(back.history, back.deal);
    expect(back2?.deal.name).toBe('v1');
    expect(back2 && undo(back2.history, back2.deal)).toBeNull();
    const forward = back2 && redo(back2.history, back2.deal);
    expect(forward?.deal.name).toBe('v2');
  });

  it('collapses continuous typing into one step', () => {
    let history = recordEdit(EMPTY_HISTORY, buildDeal({ name: '' }), 'deal:name');
    history = recordEdit(history, buildDeal({ name: 'E' }), 'deal:name');
    history = recordEdit(history, buildDeal({ name: 'ER' }), 'deal:name');
    expect(history.past).toHaveLength(1);
    history = recordEdit(history, buildDeal({ name: 'ERP' }), 'deal:account');
    expect(history.past).toHaveLength(2);
  });

  it('restores a snapshot with the current revision so the next save is no conflict', () => {
    const history = recordEdit(EMPTY_HISTORY, buildDeal({ name: 'old', revision: 1 }), null);
    const step = undo(history, buildDeal({ name: 'new', revision: 4, updatedAt: '2026-11-22T00:00:00.000Z' }));
    expect(step?.deal).toMatchObject({ name: 'old', revision: 4, updatedAt: '2026-11-22T00:00:00.000Z' });
  });

  it('drops the redo steps after a new edit', () => {
    const history = recordEdit(EMPTY_HISTORY, buildDeal({ name: 'a' }), null);
    const step = undo(history, buildDeal({ name: 'b' }));
    expect(step?.history.future).toHaveLength(1);
    const after = step && recordEdit(step.history, step.deal, null);
    expect(after?.future).toEqual([]);
  });
});
