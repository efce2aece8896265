// Review ids, the review file's schema and the carry-over of open action items.
import { describe, expect, it } from 'vitest';
import { carryOpenActionItems, previousReview } from '../../../shared/review/carry-over';
import { dealSnapshotSchema } from '../../../shared/review/deal-snapshot';
import { compareReviewIds, exactSince, isReviewId, isReviewSince, resolveSinceReview, reviewIdFor } from '../../../shared/review/review-ids';
import { reviewSchema, type ActionItem, type Review } from '../../../shared/review/review-schema';
import { formatFieldPath } from '../../../shared/model/validation';
import { healthySnapshot } from './snapshot-builder';

function review(id: string, actionItems: ActionItem[] = []): Review {
  return {
    schemaVersion: 1,
    id,
    startedAt: '2026-11-27T09:00:00.000Z',
    asOf: id.slice(0, 10),
    revision: 1,
    deals: [healthySnapshot()],
    coaching: actionItems.length > 0 ? { 'northwind-erp': { notes: 'Ask about the auditors.', actionItems } } : {},
  };
}

const item = (id: string, done: boolean, carriedFrom?: string): ActionItem => ({
  id,
  text: `Item ${id}`,
  owner: 'Sara Lind',
  due: '2026-12-05',
  done,
  ...(carriedFrom === undefined ? {} : { carriedFrom }),
});

describe('review ids', () => {
  it('accepts a real date, with a sequence from 2', () => {
    expect(['2026-11-27', '2026-11-27-2', '2026-11-27-10'].every(isReviewId)).toBe(true);
    expect(['2026-02-30', '2026-11-27-1', '2026-11-27-0', '2026-11-27-02', '../x', '2026-11-27.json'].some(isReviewId)).toBe(false);
    expect(reviewIdFor('2026-11-27', 1)).toBe('2026-11-27');
    expect(reviewIdFor('2026-11-27', 3)).toBe('2026-11-27-3');
  });

  it('sorts by date, then by sequence as a number', () => {
    const ids = ['2026-11-27-10', '2026-12-01', '2026-11-27', '2026-11-27-2'];
    expect([...ids].sort(compareReviewIds)).toEqual(['2026-11-27', '2026-11-27-2', '2026-11-27-10', '2026-12-01']);
  });

  it('resolves --since: a date is the latest review on or before it, an id with a sequence that review, else none', () => {
    const ids = ['2026-11-27', '2026-11-27-2', '2026-12-04'];
    expect(resolveSinceReview(ids)).toBe('2026-12-04');
    // A bare date is the day's latest review, though the day's first has the date as its id.
    expect(resolveSinceReview(ids, '2026-11-27')).toBe('2026-11-27-2');
    expect(resolveSinceReview(['2026-11-27', '2026-12-04'], '2026-11-27')).toBe('2026-11-27');
    expect(resolveSinceReview(ids, '2026-11-27-2')).toBe('2026-11-27-2');
    // `-1` names the day's first review; a sequence that is not there names none, never a neighbour.
    expect(resolveSinceReview(ids, '2026-11-27-1')).toBe('2026-11-27');
    expect(resolveSinceReview(ids, '2026-11-27-3')).toBeNull();
    expect(resolveSinceReview(ids, '2026-12-04-1')).toBe('2026-12-04');
    expect(resolveSinceReview(ids, '2026-12-01')).toBe('2026-11-27-2');
    expect(resolveSinceReview(ids, '2026-12-31')).toBe('2026-12-04');
    expect(resolveSinceReview(ids, '2026-11-01')).toBeNull();
    expect(resolveSinceReview([])).toBeNull();
  });

  it('accepts as --since a review id, a date, or a date with -1; spells each review so it names that review alone', () => {
    expect(['2026-11-27', '2026-11-27-1', '2026-11-27-2'].every(isReviewSince)).toBe(true);
    expect(['2026-02-30', '2026-11-27-0', '2026-11-27-01', 'last-week', ''].some(isReviewSince)).toBe(false);
    expect(exactSince('2026-11-27')).toBe('2026-11-27-1');
    expect(exactSince('2026-11-27-2')).toBe('2026-11-27-2');
    const ids = ['2026-11-27', '2026-11-27-2', '2026-11-27-10'];
    expect(ids.map((id) => resolveSinceReview(ids, exactSince(id)))).toEqual(ids);
  });
});

describe('the review file schema', () => {
  it('reads back what a review writes, as plain JSON', () => {
    const written = review('2026-11-27', [item('a1', false)]);
    expect(reviewSchema.parse(JSON.parse(JSON.stringify(written)))).toEqual(written);
    expect(dealSnapshotSchema.parse(JSON.parse(JSON.stringify(healthySnapshot())))).toEqual(healthySnapshot());
  });

  it('names the field and the reason of a broken file', () => {
    const broken = { ...review('2026-11-27', [item('a1', false), item('a1', true)]) };
    const result = reviewSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [formatFieldPath(issue.path), issue.message])).toEqual([
      ['coaching.northwind-erp.actionItems[1].id', 'duplicate action item id "a1"'],
    ]);
    const badDue = reviewSchema.safeParse({ ...review('2026-11-27', [{ ...item('a1', false), due: 'friday' }]) });
    expect(badDue.error?.issues[0]?.message).toBe('expected a date as YYYY-MM-DD');
  });
});

describe('carry-over', () => {
  it('carries open items of the previous review, never notes nor done items, marking where they were written', () => {
    const previous = review('2026-11-27', [item('a1', false), item('a2', true), item('a3', false, '2026-11-01')]);
    expect(carryOpenActionItems(previous, [healthySnapshot()])).toEqual({
      'northwind-erp': {
        notes: '',
        actionItems: [item('a1', false, '2026-11-27'), item('a3', false, '2026-11-01')],
      },
    });
  });

  it('leaves the items of a deal no longer in the workspace in the old review', () => {
    const previous = review('2026-11-27', [item('a1', false)]);
    expect(carryOpenActionItems(previous, [healthySnapshot({ id: 'another-deal' })])).toEqual({});
    expect(carryOpenActionItems(undefined, [healthySnapshot()])).toEqual({});
  });

  it('takes the latest review before the new one as the previous one', () => {
    const reviews = [review('2026-11-27-2'), review('2026-12-04'), review('2026-11-27')];
    expect(previousReview(reviews, '2026-11-27-3')?.id).toBe('2026-11-27-2');
    expect(previousReview(reviews, '2026-12-05')?.id).toBe('2026-12-04');
    expect(previousReview(reviews, '2026-11-27')).toBeUndefined();
  });
});
