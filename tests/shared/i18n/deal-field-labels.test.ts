// One label per deal field in both languages: the schema's every field has one, and history, clashes, merge notes and the what-if read Swedish with no English field word.
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../shared/i18n/catalogs';
import { dealmapIntl, renderMessage } from '../../../shared/i18n/dealmap-intl';
import type { MessageRef } from '../../../shared/i18n/message-ref';
import { dealChangeMessages } from '../../../shared/merge/describe-deal-changes';
import { fieldLabel, fieldLabelIfNamed, wordsIn } from '../../../shared/merge/field-label';
import { mergeDeals } from '../../../shared/merge/merge-deals';
import { DEAL_FIELD_LABELS, fieldWords } from '../../../shared/model/deal-field-labels';
import type { Deal } from '../../../shared/model/deal-schema';
import { whatIfDifferences } from '../../../shared/whatif/what-if-differences';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';
import { dealSchemaPaths } from '../../support/deal-schema-paths';
import { buildHealthyDeal, stakeholder, TEST_AS_OF, withStakeholder } from '../../support/deal-builder';

const [en, sv] = [dealmapIntl('en'), dealmapIntl('sv')];
const swedish = (ref: MessageRef) => renderMessage(sv, ref);

/** English field words a Swedish line must not hold: each label that reads differently in Swedish, and each schema key's own words. */
function englishFieldWords(): RegExp {
  const swedishLabels = Object.values(DEAL_FIELD_LABELS).map((key) => renderMessage(sv, { id: key, values: { number: 1 } }).toLowerCase());
  const words = new Set<string>();
  for (const key of Object.values(DEAL_FIELD_LABELS)) {
    const english = renderMessage(en, { id: key, values: { number: 1 } }).toLowerCase();
    if (!swedishLabels.includes(english)) words.add(english);
  }
  for (const path of dealSchemaPaths()) for (const key of path.split('.')) words.add(fieldWords(key));
  for (const noun of ['metric', 'criterion', 'competitor', 'decision step', 'paper step', 'relation', 'clash', 'the whole deal', 'yes', 'true', 'false', 'null']) words.add(noun);
  const forbidden = [...words].filter((word) => word.length > 2 && !swedishLabels.some((label) => label.split(/[^\p{L}]+/u).includes(word)));
  return new RegExp(`(^|[^\\p{L}])(${forbidden.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})([^\\p{L}]|$)`, 'iu');
}

/** Every free-text, date, number and yes/no field changed to words of no language (`a7`), ids and codes kept: still a valid deal. */
function touched(deal: Deal, prefix: string, date: string, step: number): Deal {
  let count = 0;
  const TEXT = new Set(['name', 'account', 'owner', 'title', 'notes', 'text', 'summary', 'note', 'event', 'personalStake', 'unit', 'coveredBy', 'department', 'contact']);
  const DATES = new Set(['closeDate', 'lastContact', 'date']);
  const NUMBERS = new Set(['amount', 'baseline', 'target', 'frontEnd', 'backEnd']);
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, ''));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([field, entry]) => [field, key === 'layout' || field === 'placeholders' || field === 'external' ? entry : walk(entry, field)]));
    }
    count += 1;
    if (TEXT.has(key) && typeof value === 'string') return `${prefix}${count}`;
    if (DATES.has(key)) return date;
    if (NUMBERS.has(key)) return typeof value === 'number' ? value + step : step;
    if (typeof value === 'boolean') return step % 2 === 0 ? value : !value;
    return value;
  };
  return walk(deal, '') as Deal;
}

const sampleDeals = (): Deal[] => [...buildDemoDeals({ today: '2026-03-10', updatedAt: '2026-03-10T08:00:00.000Z' }), ...generateDeals({ deals: 12, seed: 19, asOf: '2026-11-27' })];

describe('deal field labels', () => {
  it('label every field of the deal schema, in both languages, and nothing the schema lacks', () => {
    const paths = dealSchemaPaths();
    expect(paths.filter((path) => DEAL_FIELD_LABELS[path] === undefined)).toEqual([]);
    expect(Object.keys(DEAL_FIELD_LABELS).filter((path) => !paths.includes(path))).toEqual([]);
    for (const key of Object.values(DEAL_FIELD_LABELS)) {
      expect([key, key in CATALOGS.en, key in CATALOGS.sv]).toEqual([key, true, true]);
    }
  });

  it('name an unknown key by its own words, below the nearest field known', () => {
    expect(wordsIn(sv, fieldLabel([], ['need', 'customScore']))).toBe('Behov › custom score');
    expect(wordsIn(sv, fieldLabel([], ['dealColour']))).toBe('deal colour');
    expect(wordsIn(sv, fieldLabel([], ['valueCase', 'benefits', '1', 'kind']))).toBe('Typ av nytta 2');
    expect(wordsIn(sv, fieldLabel([], ['valueCase', 'benefits', 'b7', 'kind']))).toBe('Typ av nytta b7');
  });

  it('write a deal history in Swedish: fields, items and values by their labels', () => {
    const base = buildHealthyDeal();
    const after: Deal = {
      ...withStakeholder(base, 'eva', { notes: 'Ringer tillbaka' }),
      amount: 500000,
      closeDate: '2027-02-01',
      need: { ...base.need, summary: 'Snabbare bokslut', confirmed: !base.need.confirmed },
      metrics: [...base.metrics, { id: 'm9', text: 'Dagar till bokslut', baseline: 9, target: 3, unit: 'dagar', confirmedBy: null }],
      paperProcess: { ...base.paperProcess, steps: [{ id: 's1', text: 'Juristgranskning', date: '2027-01-10', done: false }] },
    };
    const lines = dealChangeMessages(base, after).map(swedish);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Belopp ändrades från .* till 500000$/),
      expect.stringMatching(/^Avslutsdatum ändrades från .* till 2027-02-01$/),
      'Behovet i korthet ändrades från ' + (base.need.summary === '' ? '—' : base.need.summary.length > 60 ? `"${base.need.summary.slice(0, 59)}…"` : base.need.summary) + ' till Snabbare bokslut',
      `Behovet bekräftat ändrades från ${base.need.confirmed ? 'ja' : 'nej'} till ${base.need.confirmed ? 'nej' : 'ja'}`,
      'lade till mått ”Dagar till bokslut”',
      'Eva Berg › Anteckningar ändrades från ' + (base.stakeholders.find((person) => person.id === 'eva')?.notes ?? '—') + ' till Ringer tillbaka',
      'lade till avtalssteg ”Juristgranskning”',
    ]));
  });

  it('name a clash in the reader’s language, and an old clash whose person is gone by the words stored with it', () => {
    const base = buildHealthyDeal();
    const ours = withStakeholder(base, 'eva', { stance: 'supporter' });
    const theirs = withStakeholder(base, 'eva', { stance: 'saboteur' });
    const merged = mergeDeals(base, ours, theirs, { ours: { by: 'Sara Lind', at: '' }, theirs: { by: 'Nils Ek', at: '' } });
    const clash = merged.clashes[0];
    if (clash === undefined) throw new Error('both changed the stance');
    expect(clash.label).toBe('Eva Berg › Stance');
    expect(wordsIn(sv, fieldLabelIfNamed([merged.deal], clash.path) ?? clash.label)).toBe('Eva Berg › Hållning');
    const settled = { ...merged.deal, clashes: [] };
    expect(dealChangeMessages(merged.deal, settled).map(swedish)).toEqual(['löste krocken om Eva Berg › Hållning']);
    const gone = { ...merged.deal, stakeholders: merged.deal.stakeholders.filter((person) => person.id !== 'eva'), relations: [] };
    expect(fieldLabelIfNamed([gone], clash.path)).toBeUndefined();
    expect(wordsIn(sv, fieldLabelIfNamed([gone], ['stakeholders', 'eva', 'stance']) ?? 'Eva Berg: stance')).toBe('Eva Berg: stance');
  });

  it('name a what-if field by its label and its item by name, in Swedish', () => {
    const saved = { ...buildHealthyDeal(), paperProcess: { steps: [{ id: 's1', text: 'Juristgranskning', date: null, done: false }], confirmedBy: null } };
    const scratch = { ...saved, paperProcess: { ...saved.paperProcess, steps: [{ id: 's1', text: 'Juristgranskning', date: '2027-01-10', done: false }] } };
    const lines = whatIfDifferences(saved, scratch, { asOf: TEST_AS_OF }).map((line) => swedish(line.text));
    expect(lines).toEqual(['avtalssteg ”Juristgranskning” › Datum: från — till 2027-01-10']);
  });

  it('leave no English field word in the Swedish history and what-if of the demo and generated deals', () => {
    const english = englishFieldWords();
    // Both versions hold no user text in any language, so an English word left can only be Dealmap's own.
    for (const sample of sampleDeals()) {
      const [deal, after] = [touched(sample, 'a', '2027-01-15', 2), touched(sample, 'b', '2027-02-15', 1)];
      const history = dealChangeMessages(deal, after).map(swedish);
      const whatIf = whatIfDifferences(deal, after, { asOf: TEST_AS_OF }).map((line) => swedish(line.text));
      const items = dealChangeMessages(deal, { ...deal, stakeholders: [...deal.stakeholders, stakeholder({ id: 'new-one', name: 'Ny Person' })], metrics: [], decisionCriteria: [], competition: [], decisionProcess: { ...deal.decisionProcess, steps: [] }, paperProcess: { ...deal.paperProcess, steps: [] }, valueCase: { ...deal.valueCase, benefits: [] } }).map(swedish);
      expect(history.length).toBeGreaterThan(5);
      expect(whatIf.length).toBeGreaterThan(3);
      for (const line of [...history, ...whatIf, ...items]) expect([deal.id, line, english.exec(line)?.[2]]).toEqual([deal.id, line, undefined]);
    }
  });
});
