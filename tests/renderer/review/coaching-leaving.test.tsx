// Leaving the app with coaching not in the review file yet: held like unsaved deal edits, saved before the desktop window closes.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InMemoryDealmapApi } from '../support/in-memory-dealmap-api';
import { renderReviewApp, startReviewOn } from './render-review-app';
import { reviewDeals } from './review-deals';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete window.dealmap;
});

const REVIEW = '2026-11-20';
const WAIT_FOR_EVER = 60_000;

// The DOM typings give BeforeUnloadEvent no constructor arguments; happy-dom's takes the usual ones.
const BeforeUnload = BeforeUnloadEvent as unknown as new (type: string, init: EventInit) => BeforeUnloadEvent;

/** The window is being closed or reloaded: true when the app held it (the browser would ask). */
function leave(): boolean {
  const event = new BeforeUnload('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

function coaching(): HTMLElement {
  return screen.getByRole('region', { name: 'Coaching' });
}

function typeNotes(text: string): void {
  fireEvent.change(within(coaching()).getByLabelText('Coaching notes'), { target: { value: text } });
}

function savedNotes(api: InMemoryDealmapApi): string | undefined {
  return api.reviewStore.reviews.get(REVIEW)?.coaching['acme-erp']?.notes;
}

/** Another window saves the review: the app's next coaching save is refused as a conflict. */
function saveElsewhere(api: InMemoryDealmapApi): void {
  const review = api.reviewStore.reviews.get(REVIEW);
  if (!review) throw new Error('no review');
  api.reviewStore.reviews.set(REVIEW, { ...review, revision: review.revision + 1 });
}

function asDesktopApp(api: InMemoryDealmapApi) {
  window.dealmap = api;
  return vi.spyOn(window, 'close').mockImplementation(() => undefined);
}

async function openAcme(autosaveDelayMs = WAIT_FOR_EVER) {
  const rendered = await renderReviewApp(reviewDeals(), (api) => startReviewOn(api, REVIEW), autosaveDelayMs);
  rendered.store.openDeal('acme-erp');
  await screen.findByText(`Notes and action items of the review of ${REVIEW}.`);
  return rendered;
}

describe('leaving with coaching in a browser', () => {
  it('asks before leaving while coaching waits for the typing pause, and sends it at once', async () => {
    const { api } = await openAcme();
    expect(leave()).toBe(false);
    typeNotes('Typed just before closing.');
    expect(leave()).toBe(true);
    await waitFor(() => expect(savedNotes(api)).toBe('Typed just before closing.'));
    await waitFor(() => expect(coaching().textContent).toContain('Coaching saved'));
    expect(leave()).toBe(false);
  });

  it('keeps asking while the coaching could not be saved', async () => {
    const { api } = await openAcme(0);
    saveElsewhere(api);
    typeNotes('Refused.');
    await waitFor(() => expect(coaching().textContent).toContain('Coaching not saved: the review changed elsewhere'));
    expect(leave()).toBe(true);
    expect(savedNotes(api)).toBeUndefined();
  });
});

describe('closing the desktop app with coaching', () => {
  it('saves the coaching, then closes the window itself', async () => {
    const { api } = await openAcme();
    const close = asDesktopApp(api);
    typeNotes('Saved on the way out.');
    expect(leave()).toBe(true);
    expect(close).not.toHaveBeenCalled();
    await waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    expect(savedNotes(api)).toBe('Saved on the way out.');
    expect(leave()).toBe(false);
  });

  it('keeps the window open on refused coaching and shows that deal; closing again leaves, new typing holds again', async () => {
    const { api, store } = await openAcme();
    const close = asDesktopApp(api);
    typeNotes('Mine.');
    saveElsewhere(api);
    // The coach moves on to another deal before the typing pause is over.
    await act(() => store.openDeal('cafe-bi'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('BI platform'));
    expect(leave()).toBe(true);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ERP replacement'));
    await waitFor(() => expect(coaching().textContent).toContain('Coaching not saved: the review changed elsewhere'));
    expect(close).not.toHaveBeenCalled();
    // The user saw it: closing again with the same unsaved coaching is let through.
    expect(leave()).toBe(false);
    typeNotes('Mine, changed again.');
    expect(leave()).toBe(true);
    expect(savedNotes(api)).toBeUndefined();
  });
});
