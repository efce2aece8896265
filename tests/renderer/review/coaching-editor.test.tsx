import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { InMemoryDealmapApi } from '../support/in-memory-dealmap-api';
import { renderReviewApp, startReviewOn } from './render-review-app';
import { reviewDeals } from './review-deals';

afterEach(cleanup);

const REVIEW = '2026-11-20';

function coaching(): HTMLElement {
  return screen.getByRole('region', { name: 'Coaching' });
}

function notes(): HTMLTextAreaElement {
  return within(coaching()).getByLabelText('Coaching notes');
}

function input(label: string): HTMLInputElement {
  return within(coaching()).getByLabelText(label);
}

function savedCoaching(api: InMemoryDealmapApi, reviewId = REVIEW) {
  return api.reviewStore.reviews.get(reviewId)?.coaching['acme-erp'];
}

/** Someone else saves the review file (another window, the command line): its revision moves on. */
function saveElsewhere(api: InMemoryDealmapApi, change: (review: NonNullable<ReturnType<typeof api.reviewStore.reviews.get>>) => object = (r) => r): void {
  const review = api.reviewStore.reviews.get(REVIEW);
  if (!review) throw new Error('no review');
  api.reviewStore.reviews.set(REVIEW, { ...review, ...change(review), revision: review.revision + 1 });
}

async function openAcme() {
  const rendered = await renderReviewApp(reviewDeals(), (api) => startReviewOn(api, REVIEW));
  rendered.store.openDeal('acme-erp');
  await screen.findByText(`Notes and action items of the review of ${REVIEW}.`);
  return rendered;
}

describe('coaching in the side panel', () => {
  it('saves notes and action items with owner, due date and done, and carries open items into the next review', async () => {
    const { api, store } = await openAcme();
    fireEvent.change(notes(), { target: { value: 'Ask Sara who checked Anders.' } });
    await userEvent.click(within(coaching()).getByRole('button', { name: 'Add action item' }));
    expect(document.activeElement).toBe(input('Action item 1'));
    expect(input('Action item 1 owner').value).toBe('Sara Lind');
    fireEvent.change(input('Action item 1'), { target: { value: 'Meet Anders before the steering committee' } });
    fireEvent.change(input('Action item 1 due date'), { target: { value: '2026-12-04' } });
    await userEvent.click(within(coaching()).getByRole('button', { name: 'Add action item' }));
    fireEvent.change(input('Action item 2'), { target: { value: 'Send the reference case' } });
    await userEvent.click(input('Action item 2 done'));

    await waitFor(() => expect(coaching().textContent).toContain('Coaching saved'));
    expect(savedCoaching(api)).toEqual({
      notes: 'Ask Sara who checked Anders.',
      actionItems: [
        { id: 'item-1', text: 'Meet Anders before the steering committee', owner: 'Sara Lind', due: '2026-12-04', done: false },
        { id: 'item-2', text: 'Send the reference case', owner: 'Sara Lind', due: null, done: true },
      ],
    });

    await userEvent.click(within(coaching()).getByRole('button', { name: 'Remove action item 2' }));
    await waitFor(() => expect(savedCoaching(api)?.actionItems).toHaveLength(1));

    // The next review: the open item comes along, marked; the notes stay with the old review.
    await startReviewOn(api, '2026-11-27');
    await store.reviews.load();
    await screen.findByText('Notes and action items of the review of 2026-11-27.');
    expect(notes().value).toBe('');
    expect(input('Action item 1').value).toBe('Meet Anders before the steering committee');
    expect(within(coaching()).getByText('carried from 2026-11-20')).toBeTruthy();
  });

  it('says when the review changed elsewhere, keeps the text, and saves it on top after a reload', async () => {
    const { api } = await openAcme();
    fireEvent.change(notes(), { target: { value: 'First thought.' } });
    await waitFor(() => expect(savedCoaching(api)?.notes).toBe('First thought.'));

    saveElsewhere(api);
    fireEvent.change(notes(), { target: { value: 'First thought. Second thought.' } });
    const alert = await within(coaching()).findByRole('alert');
    expect(alert.textContent).toContain('This review was saved elsewhere');
    expect(coaching().textContent).toContain('Coaching not saved: the review changed elsewhere');
    expect(notes().value).toBe('First thought. Second thought.');
    // Typing on is kept on screen, not sent, until the user reloads.
    fireEvent.change(notes(), { target: { value: 'First thought. Second thought. Third.' } });
    expect(savedCoaching(api)?.notes).toBe('First thought.');

    await userEvent.click(within(alert).getByRole('button', { name: 'Reload review' }));
    await waitFor(() => expect(savedCoaching(api)?.notes).toBe('First thought. Second thought. Third.'));
    expect(within(coaching()).queryByRole('alert')).toBeNull();
    expect(coaching().textContent).toContain('Coaching saved');
  });

  it('lets the user keep theirs or take the saved coaching when the same deal was coached elsewhere', async () => {
    const { api } = await openAcme();
    fireEvent.change(notes(), { target: { value: 'Mine.' } });
    await waitFor(() => expect(savedCoaching(api)?.notes).toBe('Mine.'));
    saveElsewhere(api, (review) => ({ coaching: { ...review.coaching, 'acme-erp': { notes: 'Theirs.', actionItems: [] } } }));
    fireEvent.change(notes(), { target: { value: 'Mine, longer.' } });
    await userEvent.click(await within(coaching()).findByRole('button', { name: 'Reload review' }));

    const alert = await within(coaching()).findByRole('alert');
    expect(alert.textContent).toContain('also changed elsewhere');
    expect(notes().value).toBe('Mine, longer.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(savedCoaching(api)?.notes).toBe('Mine, longer.'));

    saveElsewhere(api, (review) => ({ coaching: { ...review.coaching, 'acme-erp': { notes: 'Theirs again.', actionItems: [] } } }));
    fireEvent.change(notes(), { target: { value: 'Mine, once more.' } });
    await userEvent.click(await within(coaching()).findByRole('button', { name: 'Reload review' }));
    await userEvent.click(await within(coaching()).findByRole('button', { name: 'Use the saved one' }));
    expect(notes().value).toBe('Theirs again.');
    expect(savedCoaching(api)?.notes).toBe('Theirs again.');
  });

  it('has no coaching for a deal that is new since the review', async () => {
    const { store } = await openAcme();
    await store.createDeal('Fresh deal', 'Newco');
    expect(await screen.findByText('“Fresh deal” is new since the review of 2026-11-20: its coaching starts with the next review.')).toBeTruthy();
    expect(screen.queryByLabelText('Coaching notes')).toBeNull();
  });

  it('shows the open items a deal unreadable at the review keeps for the next one, read-only', async () => {
    const item = { id: 'a1', text: 'Call the CFO', owner: 'Sara Lind', due: null, done: false, carriedFrom: '2026-11-13' };
    const { store } = await renderReviewApp(reviewDeals(), async (api) => {
      await startReviewOn(api, REVIEW);
      const review = api.reviewStore.reviews.get(REVIEW);
      if (!review) throw new Error('no review');
      const deals = review.deals.filter((deal) => deal.id !== 'acme-erp');
      api.reviewStore.reviews.set(REVIEW, { ...review, deals, coaching: { 'acme-erp': { notes: '', actionItems: [item] } } });
    });
    store.openDeal('acme-erp');
    const line = await screen.findByText(
      '“ERP replacement” could not be read when the review of 2026-11-20 started: its open action items carry into the next review.',
    );
    expect(within(coaching()).getByRole('list', { name: 'Open action items' }).textContent).toBe('Call the CFO');
    expect(line).toBeTruthy();
    expect(screen.queryByLabelText('Coaching notes')).toBeNull();
  });
});
