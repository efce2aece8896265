// A report row is the same on every review day of its span: what lets the row cache keep it across days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportDeal } from '../../../electron/cli/report-deal';
import { reportedRowSpan } from '../../../electron/cli/report-step';
import { topActions } from '../../../electron/cli/top-actions';
import { dayNumber } from '../../../shared/engine/review-date';
import type { Deal } from '../../../shared/model/deal-schema';
import { LENS_IDS } from '../../../shared/model/vocabulary';
import { defaultWorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { isoDayArbitrary } from '../../shared/engine/deal-arbitrary';
import { qualifiedDealArbitrary } from '../../shared/lenses/qualified-deal-arbitrary';

const DAY_MS = 86_400_000;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

describe('a report row across review days', () => {
  it('is the same JSON, top actions and their weights included, on the first, last and a middle day of its span', () => {
    fc.assert(
      fc.property(qualifiedDealArbitrary, fc.option(fc.constantFrom(...LENS_IDS), { nil: undefined }), isoDayArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (drawn, lens, asOf, where) => {
        const deal: Deal = lens === undefined ? drawn : { ...drawn, lens };
        const settings = defaultWorkspaceSettings();
        const span = reportedRowSpan(deal, { asOf, settings });
        const day = dayNumber(asOf) as number;
        const first = span[0] ?? day - 365;
        const last = (span[1] ?? day + 366) - 1;
        const row = (on: string) => {
          // What the row cache keeps: the row and the deal's share of the top actions (weights included; their moves are not kept).
          const reading = reportDeal(deal, on, settings);
          return JSON.stringify([reading.reported, topActions([{ dealId: deal.id, ranked: reading.ranked }])]);
        };
        const expected = row(asOf);
        for (const probe of [first, last, Math.floor(first + (last - first) * where)]) expect(row(isoOf(probe)), `on ${isoOf(probe)}`).toBe(expected);
      }),
      { numRuns: 600 },
    );
  });
});
