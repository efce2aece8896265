import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { REVIEW_AS_OF, renderReviewApp, startReviewOn } from './render-review-app';
import { reviewDeals } from './review-deals';
import { pipelineShown } from '../pipeline/render-pipeline';

afterEach(cleanup);

function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label, { selector: 'input, select, textarea' });
}

function reviewBar(): HTMLElement {
  return screen.getByRole('region', { name: 'Review' });
}

function sinceLastReview(): HTMLElement {
  return screen.getByRole('region', { name: /^Since / });
}

function openStakeholder(id: string): void {
  const card = document.querySelector(`[data-stakeholder-id="${id}"]`);
  if (!card) throw new Error(`no card for ${id}`);
  fireEvent.click(card);
}

describe('the review bar in the pipeline', () => {
  it('starts a review after saying what it records, then compares with it', async () => {
    const { api, store } = await renderReviewApp(reviewDeals());
    expect(sinceLastReview().textContent).toContain('No review yet — start one in the Pipeline view.');
    await userEvent.click(within(sinceLastReview()).getByRole('button', { name: 'Pipeline view' }));
    await pipelineShown();
    expect(store.getState().view).toBe('pipeline');
    expect(within(reviewBar()).getByText(/^No review yet/)).toBeTruthy();

    await userEvent.click(within(reviewBar()).getByRole('button', { name: 'Start review' }));
    const dialog = screen.getByRole('dialog', { name: `Start the review of ${REVIEW_AS_OF}?` });
    expect(dialog.textContent).toContain('records a snapshot of every deal’s buying center and qualification');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start review' }));

    await waitFor(() => expect(field('Since review').value).toBe(REVIEW_AS_OF));
    const recorded = api.reviewStore.reviews.get(REVIEW_AS_OF);
    expect(recorded?.deals.map((deal) => deal.id).sort()).toEqual(['acme-erp', 'cafe-bi', 'northwind-erp']);
    expect(reviewBar().textContent).toContain(`0 of 3 deals changed since ${REVIEW_AS_OF}`);
    expect(within(reviewBar()).getByRole('button', { name: /Slipped/ })).toHaveProperty('disabled', true);
  });

  it('lists the open deal’s changes live, calls out a slipped close date, and sums up the pipeline', async () => {
    const { store } = await renderReviewApp(reviewDeals(), (api) => startReviewOn(api, '2026-11-20'));
    store.openDeal('acme-erp');
    expect(await screen.findByText('No changes since the review of 2026-11-20.')).toBeTruthy();

    fireEvent.change(field('Close date'), { target: { value: '2027-04-30' } });
    const slipped = within(sinceLastReview()).getByText('Close date slipped from 2027-02-28 to 2027-04-30.').closest('li');
    expect(slipped?.className).toContain('is-slipped');
    expect(within(slipped as HTMLElement).getByText('Slipped')).toBeTruthy();

    openStakeholder('anders');
    await userEvent.selectOptions(field('Stance'), 'neutral');
    const panel = sinceLastReview();
    expect(within(panel).getByText("Anders Nyström's stance changed from saboteur to neutral.")).toBeTruthy();
    const gaps = within(panel).getByRole('list', { name: 'Gaps changes' });
    expect(gaps.querySelector('[data-change-kind="gap-closed"]')?.textContent).toMatch(/^blocker.*Closed: /);
    expect(panel.textContent).toContain('changes');

    // Saved, the workspace is compared again: the pipeline lists the deal as slipped.
    await store.flushPendingSaves();
    await userEvent.click(screen.getByRole('button', { name: 'Pipeline' }));
    await pipelineShown();
    const chip = await within(reviewBar()).findByRole('button', { name: '1 Slipped' });
    await waitFor(() => expect(chip).toHaveProperty('disabled', false));
    // The saboteur turned neutral closed a blocker: the deal improved, and says so next to the gained ones.
    const cleared = within(reviewBar()).getByRole('button', { name: '1 Cleared blockers' });
    expect(within(reviewBar()).getByRole('button', { name: '0 Gained blockers' }).closest('li')?.nextElementSibling).toBe(cleared.closest('li'));
    await userEvent.click(cleared);
    expect(within(screen.getByRole('region', { name: 'Cleared blockers since the review' })).getByRole('button', { name: 'ERP replacement' })).toBeTruthy();
    const row = document.querySelector<HTMLElement>('tr[data-deal-id="acme-erp"]');
    expect(row?.querySelector('.row-changes')?.textContent).toMatch(/\d+ changes · slipped$/);
    expect(document.querySelector('tr[data-deal-id="cafe-bi"] .row-changes')).toBeNull();

    await userEvent.click(chip);
    const list = screen.getByRole('region', { name: 'Slipped since the review' });
    store.openDeal('cafe-bi');
    await userEvent.click(within(list).getByRole('button', { name: 'ERP replacement' }));
    expect(store.getState().view).toBe('deals');
    expect(store.getState().deal?.id).toBe('acme-erp');
  });

  it('compares with an earlier review picked in the bar', async () => {
    const { store } = await renderReviewApp(reviewDeals(), async (api) => {
      await startReviewOn(api, '2026-11-13');
      api.editOnDisk('cafe-bi', { closeDate: '2027-06-30' });
      await startReviewOn(api, '2026-11-20');
    });
    store.showView('pipeline');
    await screen.findByText('0 of 3 deals changed since 2026-11-20');
    await userEvent.selectOptions(field('Since review'), '2026-11-13');
    await screen.findByText('1 of 3 deals changed since 2026-11-13');
    expect(within(reviewBar()).getByRole('button', { name: '1 Slipped' })).toBeTruthy();
    expect(store.reviews.getState().pickedId).toBe('2026-11-13');
  });

  it('compares with the first of two reviews of a day when it is picked, not with the day\'s latest', async () => {
    const { store } = await renderReviewApp(reviewDeals(), async (api) => {
      await startReviewOn(api, '2026-11-20');
      api.editOnDisk('cafe-bi', { closeDate: '2027-06-30' });
      await startReviewOn(api, '2026-11-20');
    });
    store.showView('pipeline');
    await screen.findByText('0 of 3 deals changed since 2026-11-20-2');
    await userEvent.selectOptions(field('Since review'), '2026-11-20');
    await screen.findByText('1 of 3 deals changed since 2026-11-20');
    expect(within(reviewBar()).getByRole('button', { name: '1 Slipped' })).toBeTruthy();
  });
});
