import { describe, expect, it } from 'vitest';
import type { DealCoaching } from '../../../shared/review';
import { addActionItem, nextActionItemId, removeActionItem, setNotes, updateActionItem } from '../../../renderer/review/coaching-edits';

const carried: DealCoaching = {
  notes: '',
  actionItems: [
    { id: 'item-2', text: 'Call Eva', owner: 'Sara', due: '2026-12-01', done: false, carriedFrom: '2026-11-13' },
    { id: 'item-3', text: 'Send the case', owner: 'Sara', due: null, done: false, carriedFrom: '2026-11-20' },
  ],
};

describe('coaching edits', () => {
  it('gives a new item an id no carried item uses', () => {
    expect(nextActionItemId([])).toBe('item-1');
    expect(nextActionItemId(carried.actionItems)).toBe('item-4');
    const { coaching, itemId } = addActionItem(carried, 'Per Ek');
    expect(itemId).toBe('item-4');
    expect(coaching.actionItems.at(-1)).toEqual({ id: 'item-4', text: '', owner: 'Per Ek', due: null, done: false });
    expect(carried.actionItems).toHaveLength(2);
  });

  it('changes and removes one item, keeping where it was carried from', () => {
    const done = updateActionItem(carried, 'item-2', { done: true, due: null });
    expect(done.actionItems[0]).toEqual({ ...carried.actionItems[0], done: true, due: null });
    expect(done.actionItems[1]).toBe(carried.actionItems[1]);
    expect(removeActionItem(done, 'item-3').actionItems.map((item) => item.id)).toEqual(['item-2']);
  });

  it('leaves the coaching as it is when the notes did not change', () => {
    expect(setNotes(carried, '')).toBe(carried);
    expect(setNotes(carried, 'Ask about budget').notes).toBe('Ask about budget');
  });
});
