// A deal qualifies the same on every review day of its span: what lets the workspace index reuse a summary across days.
import { readdir, readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine';
import { qualificationSpan, withinSpan } from '../../../shared/engine/qualification-span';
import { dayNumber } from '../../../shared/engine/review-date';
import type { Deal } from '../../../shared/model/deal-schema';
import { LENS_IDS } from '../../../shared/model/vocabulary';
import { summarizeDeal } from '../../../shared/pipeline/deal-summary';
import { defaultWorkspaceSettings, type WorkspaceSettings } from '../../../shared/settings/workspace-settings';
import { buildDeal, buildHealthyDeal } from '../../support/deal-builder';
import { processStep } from '../../support/lens-builders';
import { qualifiedDealArbitrary } from '../lenses/qualified-deal-arbitrary';
import { isoDayArbitrary } from './deal-arbitrary';

const DAY_MS = 86_400_000;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** What the index keeps of a qualification (the listing's summary), which gaps it holds and the lens's verdicts. */
function reading(deal: Deal, asOf: string, settings: WorkspaceSettings) {
  let verdicts: string[] = [];
  const qualification = qualifyDeal(deal, { asOf, settings }, (judgement) => (verdicts = judgement.judged.map((criterion) => `${criterion.code}: ${criterion.status}`)));
  return { summary: summarizeDeal(deal, qualification), gaps: qualification.gaps.map((gap) => [gap.id, gap.code, gap.severity]), verdicts };
}

const settingsArbitrary = fc.record({
  staleContactDays: fc.integer({ min: 1, max: 120 }),
  defaultLens: fc.constantFrom(...LENS_IDS),
});

describe('qualificationSpan', () => {
  it('holds every day of the span to the reading of the review day, at both ends and inside', () => {
    fc.assert(
      fc.property(qualifiedDealArbitrary, fc.option(fc.constantFrom(...LENS_IDS), { nil: undefined }), isoDayArbitrary, settingsArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (drawn, lens, asOf, picked, where) => {
        const deal: Deal = lens === undefined ? drawn : { ...drawn, lens };
        const settings = { ...defaultWorkspaceSettings(), ...picked };
        const span = qualificationSpan(deal, { asOf, settings });
        const day = dayNumber(asOf) as number;
        expect(withinSpan(span, day)).toBe(true);
        // Unbounded sides are probed a year out.
        const first = span[0] ?? day - 365;
        const last = (span[1] ?? day + 366) - 1;
        const expected = reading(deal, asOf, settings);
        for (const probe of [first, last, Math.floor(first + (last - first) * where)]) {
          expect(reading(deal, isoOf(probe), settings), `on ${isoOf(probe)}, span ${span.map((d) => (d === null ? '∞' : isoOf(d))).join('..')}`).toEqual(expected);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('ends the day a date passes or a decision-maker’s contact goes stale, and is unbounded without dates', () => {
    const settings = defaultWorkspaceSettings();
    const day = (iso: string) => dayNumber(iso) as number;
    const healthy = buildHealthyDeal({ closeDate: null });
    const contacts = healthy.stakeholders.filter((person) => person.role === 'decision-maker').map((person) => person.lastContact);
    expect(contacts.length).toBeGreaterThan(0);
    const undated: Deal = { ...healthy, stakeholders: healthy.stakeholders.map((person) => ({ ...person, lastContact: null })) };
    expect(qualificationSpan(undated, { asOf: '2026-12-01', settings })).toEqual([null, null]);

    const dated: Deal = {
      ...undated,
      closeDate: '2027-01-15',
      stakeholders: undated.stakeholders.map((person) => (person.role === 'decision-maker' ? { ...person, lastContact: '2026-11-20' } : person)),
    };
    // Stale from 31 days after 20 November; the close date passes on 16 January.
    expect(qualificationSpan(dated, { asOf: '2026-12-01', settings })).toEqual([null, day('2026-12-21')]);
    expect(qualificationSpan(dated, { asOf: '2026-12-25', settings })).toEqual([day('2026-12-21'), day('2027-01-16')]);
    expect(qualificationSpan(dated, { asOf: '2027-02-01', settings })).toEqual([day('2027-01-16'), null]);
    expect(reading(dated, '2026-12-20', settings)).toEqual(reading(dated, '2026-12-01', settings));
    expect(reading(dated, '2026-12-21', settings)).not.toEqual(reading(dated, '2026-12-20', settings));

    const stepped: Deal = { ...dated, decisionProcess: { steps: [processStep({ id: 's1', date: '2026-12-10', done: false })], confirmedBy: null } };
    expect(qualificationSpan(stepped, { asOf: '2026-12-01', settings })).toEqual([null, day('2026-12-11')]);
    expect(qualificationSpan(buildDeal({ status: 'lost', closeDate: null }), { asOf: '2026-12-01', settings })).toEqual([null, null]);
  });
});

describe('where the engine reads the review date', () => {
  it('is only where qualificationSpan knows of: a new reader must add its threshold there', async () => {
    const root = new URL('../../../shared/', import.meta.url);
    const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.ts')).sort();
    const readers: string[] = [];
    for (const file of files) {
      if (/\basOfDay\b|\bisBeforeReview\b|\binTouch\b|\bcontactedRecently\b/.test(await readFile(new URL(file, root), 'utf8'))) readers.push(file);
    }
    expect(readers).toEqual([
      'engine/gaps/close-date-passed.ts',
      'engine/gaps/gap-rule.ts',
      'engine/gaps/stale-decision-maker.ts',
      'engine/qualification-span.ts',
      'engine/qualify-deal.ts',
      'engine/review-date.ts',
      'engine/score.ts',
      'lenses/bant-lens.ts',
      'lenses/lens-helpers.ts',
      'lenses/lens-types.ts',
      'lenses/meddpicc-people.ts',
      'lenses/process-criteria.ts',
      'lenses/score-lens.ts',
    ]);
  });
});
