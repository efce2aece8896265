// A team merge note about settings.json or a review names the field by the settings dialog's or the review's label, in Swedish and English.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage } from '../../../../shared/i18n/dealmap-intl';
import { mergeFile } from '../../../../electron/services/team/merge-file';

const [en, sv] = [dealmapIntl('en'), dealmapIntl('sv')];
const authors = { ours: { by: 'Sara Lind', at: '' }, theirs: { by: 'Nils Ek', at: '' } };
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The notes of merging `ours` and `theirs` of `file` against `base`, in both languages. */
function notes(file: string, base: unknown, ours: unknown, theirs: unknown): { sv: string[]; en: string[] } {
  const merged = mergeFile({ path: file, base: json(base), ours: json(ours), theirs: json(theirs) }, authors);
  return { sv: merged.notes.map((note) => renderMessage(sv, note)), en: merged.notes.map((note) => renderMessage(en, note)) };
}

describe('merge notes of settings and reviews', () => {
  it('name a setting both changed by the settings dialog’s label, a key it does not know in its own words', () => {
    const base = { schemaVersion: 1, defaultLens: 'qualified-prospect', actionWeights: { blocker: 10, score: 1 }, exchangeRates: { date: '2026-01-01', rates: { EUR: 11 } }, teamColour: 'red' };
    const ours = { ...base, defaultLens: 'champion-ready', actionWeights: { blocker: 12, score: 1 }, exchangeRates: { date: '2026-01-01', rates: { EUR: 11.2 } }, teamColour: 'blue' };
    const theirs = { ...base, defaultLens: 'forecast-ready', actionWeights: { blocker: 8, score: 1 }, exchangeRates: { date: '2026-01-01', rates: { EUR: 10.9 } }, teamColour: 'green' };
    const said = notes('settings.json', base, ours, theirs);
    expect(said.sv).toEqual([
      'settings.json: Standardlins ändrades av både dig och Nils Ek; ditt värde gäller, det andra finns i historiken',
      'settings.json: Vikter för nästa steg › Per stopp som tas bort ändrades av både dig och Nils Ek; ditt värde gäller, det andra finns i historiken',
      'settings.json: Kurs för EUR ändrades av både dig och Nils Ek; ditt värde gäller, det andra finns i historiken',
      'settings.json: team colour ändrades av både dig och Nils Ek; ditt värde gäller, det andra finns i historiken',
    ]);
    expect(said.en[0]).toBe('settings.json: Default lens changed by you and by Nils Ek; yours is kept, theirs is in the history');
    expect(said.en[1]).toBe('settings.json: Action weights › Per blocker cleared changed by you and by Nils Ek; yours is kept, theirs is in the history');
    expect(said.en[2]).toBe('settings.json: EUR rate changed by you and by Nils Ek; yours is kept, theirs is in the history');
  });

  it('name a review’s coaching notes and action item by the review’s labels, under the deal’s name', () => {
    const item = { id: 'a1', text: 'Boka möte med Eva', owner: 'Sara', due: null, done: false };
    const coaching = (notesText: string, owner: string) => ({ 'northwind-erp': { notes: notesText, actionItems: [{ id: 'a0', text: 'Ring Lars', owner: '', due: null, done: true }, { ...item, owner }] } });
    const review = (notesText: string, owner: string) => ({ schemaVersion: 1, id: '2026-11-30', deals: [{ id: 'northwind-erp', name: 'ERP-byte' }], coaching: coaching(notesText, owner) });
    const said = notes('reviews/2026-11-30.json', review('', 'Sara'), review('Fråga om budgeten', 'Nils'), review('Fråga om tidplanen', 'Ola'));
    expect(said.sv).toEqual([
      'reviews/2026-11-30.json: ERP-byte › Coachande anteckningar ändrades av både dig och Nils Ek; ditt värde gäller, det andra finns i historiken',
      'reviews/2026-11-30.json: ERP-byte › Ansvarig för åtgärd 2 ändrades av både dig och Nils Ek; ditt värde gäller, det andra finns i historiken',
    ]);
    expect(said.en).toEqual([
      'reviews/2026-11-30.json: ERP-byte › Coaching notes changed by you and by Nils Ek; yours is kept, theirs is in the history',
      'reviews/2026-11-30.json: ERP-byte › Action item 2 owner changed by you and by Nils Ek; yours is kept, theirs is in the history',
    ]);
    const file = (notesText: string) => ({ schemaVersion: 1, reviewId: '2026-11-30', revision: 2, coaching: coaching(notesText, 'Sara') });
    expect(notes('reviews/2026-11-30.coaching.json', file(''), file('Fråga om budgeten'), file('Fråga om tidplanen')).en).toEqual([
      'reviews/2026-11-30.coaching.json: northwind-erp › Coaching notes changed by you and by Nils Ek; yours is kept, theirs is in the history',
    ]);
  });

  it('say the whole file when one side’s file is not an object', () => {
    const said = notes('settings.json', { defaultLens: 'champion-ready' }, [], { defaultLens: 'forecast-ready' });
    expect(said.sv).toEqual(['settings.json: hela filen ändrades av både dig och Nils Ek; ditt värde gäller, det andra finns i historiken']);
    expect(said.en).toEqual(['settings.json: the whole file changed by you and by Nils Ek; yours is kept, theirs is in the history']);
  });
});
