import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { qualifyDeal } from '../../shared/engine';
import type { Gap } from '../../shared/engine/types';
import { GapList } from '../../renderer/panel/gap-list';
import { buildDealWithSaboteur } from '../support/deal-builder';
import { inEnglish } from '../support/english-gaps';
import { renderPipeline } from './pipeline/render-pipeline';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SEVERITY_RANK = { blocker: 0, warning: 1, info: 2 } as const;

function gapButtons(): HTMLElement[] {
  return screen.getAllByRole('button').filter((button) => button.dataset.gapCode !== undefined);
}

describe('GapList', () => {
  it('lists every gap, blockers first, each named by its message and showing its next action', () => {
    const { gaps } = qualifyDeal(buildDealWithSaboteur(), { asOf: '2026-11-27' });
    expect(gaps.some((gap) => gap.severity === 'warning')).toBe(true);
    render(<GapList gaps={[...gaps].reverse()} selectedGapId={null} onSelect={() => {}} />);

    const buttons = gapButtons();
    expect(buttons).toHaveLength(gaps.length);
    const ranks = buttons.map((button) => {
      const gap = gaps.find((g) => g.code === button.dataset.gapCode) as Gap;
      return SEVERITY_RANK[gap.severity];
    });
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const gap of gaps) {
      const button = screen.getByRole('button', { name: new RegExp(`^${escapeRegExp(inEnglish(gap.message))}`) });
      expect(button.dataset.gapCode).toBe(gap.code);
      expect(within(button).getByText(inEnglish(gap.nextAction))).toBeTruthy();
    }
    expect(screen.getByRole('region', { name: 'Blockers' })).toBeTruthy();
  });

  it('reports the selected gap and marks it pressed', async () => {
    const { gaps } = qualifyDeal(buildDealWithSaboteur(), { asOf: '2026-11-27' });
    const saboteurGap = gaps.find((gap) => gap.code === 'saboteur-unchecked') as Gap;
    const onSelect = vi.fn();
    const { rerender } = render(<GapList gaps={gaps} selectedGapId={null} onSelect={onSelect} />);

    const button = gapButtons().find((b) => b.dataset.gapCode === 'saboteur-unchecked') as HTMLElement;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(button);
    expect(onSelect).toHaveBeenCalledWith(saboteurGap.id);

    rerender(<GapList gaps={gaps} selectedGapId={saboteurGap.id} onSelect={onSelect} />);
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('says so when nothing blocks the deal', () => {
    render(<GapList gaps={[]} selectedGapId={null} onSelect={() => {}} />);
    expect(screen.getByText(/nothing blocks this deal/)).toBeTruthy();
  });
});

/** Records which elements are scrolled into view; happy-dom's own scrollIntoView does nothing. */
function watchScrollIntoView(): Element[] {
  const scrolled: Element[] = [];
  const original = Element.prototype.scrollIntoView;
  vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element, options) {
    scrolled.push(this);
    original.call(this, options);
  });
  return scrolled;
}

function gapItem(code: string): Element | null | undefined {
  return gapButtons().find((b) => b.dataset.gapCode === code)?.closest('li');
}

describe('a gap selected from outside the list', () => {
  it('is scrolled into view, nearest edge; one chosen in the list is not scrolled', async () => {
    const { gaps } = qualifyDeal(buildDealWithSaboteur(), { asOf: '2026-11-27' });
    const [first, second] = gaps;
    if (!first || !second) throw new Error('the deal has fewer than two gaps');
    const scrolled = watchScrollIntoView();
    const { rerender } = render(<GapList gaps={gaps} selectedGapId={null} onSelect={() => {}} />);
    expect(scrolled).toEqual([]);

    rerender(<GapList gaps={gaps} selectedGapId={second.id} onSelect={() => {}} />);
    expect(scrolled).toEqual([gapItem(second.code)]);
    expect(vi.mocked(Element.prototype.scrollIntoView)).toHaveBeenCalledWith({ block: 'nearest' });

    const onSelect = (id: string) => rerender(<GapList gaps={gaps} selectedGapId={id} onSelect={onSelect} />);
    rerender(<GapList gaps={gaps} selectedGapId={second.id} onSelect={onSelect} />);
    const firstButton = gapButtons().find((b) => b.dataset.gapCode === first.code) as HTMLElement;
    await userEvent.click(firstButton);
    expect(firstButton.getAttribute('aria-pressed')).toBe('true');
    expect(scrolled).toHaveLength(1);
  });

  it('comes into view when a heatmap cell opens the deal with that gap selected', async () => {
    const deal = buildDealWithSaboteur();
    const gap = qualifyDeal(deal, { asOf: '2026-11-27' }).gaps.find((g) => g.code === 'saboteur-unchecked') as Gap;
    const { store } = await renderPipeline([deal]);
    const scrolled = watchScrollIntoView();
    await act(() => store.openDealInMap(deal.id, gap.code));
    expect(store.getState().view).toBe('deals');
    expect(scrolled).toContain(gapItem('saboteur-unchecked'));
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
