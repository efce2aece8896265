import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactedRecently, dayNumber, reviewDay } from '../../../shared/engine/review-date';

const DAY_MS = 86_400_000;

describe('dayNumber', () => {
  it('agrees with the calendar for every day from 1600 to 2399', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1600, 0, 1) / DAY_MS, max: Date.UTC(2399, 11, 31) / DAY_MS }), (day) => {
        expect(dayNumber(new Date(day * DAY_MS).toISOString().slice(0, 10))).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts from 1970-01-01 and knows leap years', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-02-29')).toBe(19_782);
    expect(dayNumber('2000-02-29')).toBe(11_016);
  });

  it('refuses what is not a real date', () => {
    for (const text of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '26-01-01', '2026-1-1', '']) {
      expect(dayNumber(text)).toBeNull();
    }
  });
});

describe('reviewDay and contactedRecently', () => {
  it('throws on a review date that is not a real date', () => {
    expect(() => reviewDay('2026-02-30')).toThrow(RangeError);
  });

  it('counts a contact 30 days before the review as recent, 31 days as stale, none as stale', () => {
    const asOf = reviewDay('2026-11-30');
    expect(contactedRecently('2026-10-31', asOf)).toBe(true);
    expect(contactedRecently('2026-10-30', asOf)).toBe(false);
    expect(contactedRecently('2026-12-05', asOf)).toBe(true);
    expect(contactedRecently(null, asOf)).toBe(false);
    expect(contactedRecently(undefined, asOf)).toBe(false);
  });
});
