import { describe, expect, it } from 'vitest';
import { defaultWorkspaceSettings } from '../../shared/settings/workspace-settings';
import { dealmapIntl, renderMessage } from '../../shared/i18n/dealmap-intl';
import { draftOf, readDraft, rebaseDraft, type DraftReading } from '../../renderer/settings/settings-draft';

/** Each field's problems as the dialog shows them in `language`. */
function errorsIn(reading: DraftReading, language: 'en' | 'sv'): Record<string, string> {
  if (reading.ok) return {};
  return Object.fromEntries(Object.entries(reading.errors).map(([field, refs]) => [field, refs.map((ref) => renderMessage(dealmapIntl(language), ref)).join(' ')]));
}

describe('the settings form draft', () => {
  it('reads back what the form shows, keeping fields the form does not show', () => {
    const base = { ...defaultWorkspaceSettings(), futureOption: 'kept' };
    const reading = readDraft({ ...draftOf(base), staleContactDays: '14', scoreWeight: '0.5' }, base);
    expect(reading).toEqual({
      ok: true,
      settings: { ...base, staleContactDays: 14, actionWeights: { blocker: 10, score: 0.5 } },
    });
  });

  it('names each wrong field with the rule it breaks, an emptied one included', () => {
    const base = defaultWorkspaceSettings();
    const reading = readDraft({ ...draftOf(base), staleContactDays: '2.5', singleThreadMinEngaged: '', blockerWeight: '-1' }, base);
    expect(reading.ok).toBe(false);
    expect(errorsIn(reading, 'en')).toEqual({
      staleContactDays: 'Expected an integer from 1 to 3650.',
      singleThreadMinEngaged: 'Expected an integer from 1 to 100.',
      blockerWeight: 'Expected a number >= 0.',
    });
    expect(errorsIn(reading, 'sv')).toEqual({
      staleContactDays: 'Skriv ett heltal från 1 till 3650.',
      singleThreadMinEngaged: 'Skriv ett heltal från 1 till 100.',
      blockerWeight: 'Skriv ett tal som är 0 eller större.',
    });
  });

  it('names a wrong currency, date, rate line and rate in the chosen language', () => {
    const base = defaultWorkspaceSettings();
    const reading = readDraft({ ...draftOf(base), reportingCurrency: 'EURO', ratesDate: '30/11/2026', rates: 'SEK 0.087\nUSD' }, base);
    expect(errorsIn(reading, 'en')).toEqual({
      reportingCurrency: 'Expected a three-letter ISO 4217 code such as EUR.',
      ratesDate: 'Expected a date written YYYY-MM-DD.',
      rates: 'Line 2: expected a currency code and a rate above 0, such as "SEK 0.087", got "USD".',
    });
    expect(errorsIn(reading, 'sv')).toEqual({
      reportingCurrency: 'Skriv en valutakod med tre bokstäver enligt ISO 4217, till exempel EUR.',
      ratesDate: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
      rates: 'Rad 2: skriv en valutakod och en kurs över 0, till exempel ”SEK 0.087”. Här står ”USD”.',
    });
  });

  it('rebases on reloaded settings: what was typed stays, what was not follows the file', () => {
    const opened = defaultWorkspaceSettings();
    const typed = { ...draftOf(opened), blockerWeight: '20', staleContactDays: '' };
    const reloaded = { ...opened, defaultLens: 'meddpicc' as const, staleContactDays: 14, actionWeights: { blocker: 5, score: 3 } };
    expect(rebaseDraft(typed, opened, reloaded)).toEqual({
      defaultLens: 'meddpicc',
      staleContactDays: '',
      singleThreadMinEngaged: '2',
      blockerWeight: '20',
      scoreWeight: '3',
      // The reporting currency (issue 15): none in either, so the draft's fields stay empty.
      reportingCurrency: '',
      ratesDate: '',
      rates: '',
    });
  });
});
