// The one save machine of deals and coaching: its phases step by step, and the loop's pause and order.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveLoop } from '../../renderer/state/save-loop';
import { hasUnsavedEdits, IDLE_SAVE, isUnderway, maySend, saveStep, type SaveEvent, type SaveMachine } from '../../renderer/state/save-machine';

function run(events: readonly SaveEvent[], from: SaveMachine = IDLE_SAVE): SaveMachine {
  return events.reduce(saveStep, from);
}

describe('saveStep', () => {
  it('goes idle -> pending -> saving -> saved, with nothing unsaved at the end', () => {
    const pending = run([{ type: 'edited' }]);
    expect(pending).toEqual({ phase: 'pending', dirty: true, problem: null });
    expect(maySend(pending)).toBe(true);
    const saving = saveStep(pending, { type: 'sent' });
    expect(saving.phase).toBe('saving');
    expect(hasUnsavedEdits(saving)).toBe(true);
    const saved = saveStep(saving, { type: 'saved' });
    expect(saved).toEqual({ phase: 'saved', dirty: false, problem: null });
    expect(hasUnsavedEdits(saved)).toBe(false);
  });

  it('keeps edits typed during a save: the save answers into pending, not saved', () => {
    const machine = run([{ type: 'edited' }, { type: 'sent' }, { type: 'edited' }]);
    expect(machine).toEqual({ phase: 'saving', dirty: true, problem: null });
    expect(saveStep(machine, { type: 'saved' })).toEqual({ phase: 'pending', dirty: true, problem: null });
  });

  it('halts on a conflict: edits are kept but nothing may be sent until a retry', () => {
    const conflict = run([{ type: 'edited' }, { type: 'sent' }, { type: 'refused', conflict: true, message: 'changed on disk' }]);
    expect(conflict).toEqual({ phase: 'conflict', dirty: true, problem: { kind: 'conflict', message: 'changed on disk' } });
    expect(saveStep(conflict, { type: 'edited' })).toBe(conflict);
    expect(maySend(conflict)).toBe(false);
    expect(isUnderway(conflict)).toBe(false);
    const diverged = saveStep(conflict, { type: 'diverged', message: 'both sides' });
    expect(diverged.problem?.kind).toBe('diverged');
    expect(saveStep(diverged, { type: 'retry' })).toEqual({ phase: 'pending', dirty: true, problem: null });
  });

  it('fails without halting: a failure or invalid edits are resent after the next edit or a retry', () => {
    const failed = run([{ type: 'edited' }, { type: 'sent' }, { type: 'refused', conflict: false, message: 'host gone' }]);
    expect(failed).toEqual({ phase: 'failed', dirty: true, problem: { kind: 'failed', message: 'host gone' } });
    expect(maySend(failed)).toBe(true);
    expect(isUnderway(failed)).toBe(false);
    expect(saveStep(failed, { type: 'edited' }).phase).toBe('pending');
    expect(saveStep(failed, { type: 'retry' }).phase).toBe('pending');
    const invalid = run([{ type: 'edited' }, { type: 'invalid', message: 'name: empty' }]);
    expect(invalid).toEqual({ phase: 'failed', dirty: true, problem: { kind: 'invalid', message: 'name: empty' } });
  });

  it('answers a retry with nothing to save by staying as it is', () => {
    expect(saveStep(IDLE_SAVE, { type: 'retry' })).toBe(IDLE_SAVE);
  });
});

describe('SaveLoop', () => {
  afterEach(() => vi.useRealTimers());

  it('waits for the pause, restarts it on each edit, and runs saves one after another in order', async () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    let release: () => void = () => undefined;
    const loop = new SaveLoop<string>(100, async (key) => {
      calls.push(`start ${key}`);
      if (key === 'a') await new Promise<void>((resolve) => (release = resolve));
      calls.push(`end ${key}`);
    });
    loop.schedule('a');
    vi.advanceTimersByTime(90);
    loop.schedule('a');
    vi.advanceTimersByTime(90);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(10);
    await Promise.resolve();
    expect(calls).toEqual(['start a']);
    const both = loop.run('b');
    await Promise.resolve();
    expect(calls).toEqual(['start a']);
    release();
    await both;
    expect(calls).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('stops its timers on dispose', async () => {
    vi.useFakeTimers();
    const attempt = vi.fn(async () => undefined);
    const loop = new SaveLoop<string>(100, attempt);
    loop.schedule('a');
    loop.dispose();
    vi.advanceTimersByTime(1000);
    await loop.settled();
    expect(attempt).not.toHaveBeenCalled();
  });
});
