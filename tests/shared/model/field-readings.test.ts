// One reading of each field (issue 8): the pain reads the same in the Qualification section and in MEDDPICC.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage, type MessageRef } from '../../../shared/i18n';
import { scoreLens } from '../../../shared/lenses';
import { painSummary, readPain } from '../../../shared/model/field-readings';
import { buildHealthyDeal, TEST_AS_OF } from '../../support/deal-builder';
import { evidenceTexts } from '../lenses/lens-test-helpers';

/** The summary line as the Qualification section shows it in a language. */
function summaryIn(language: 'en' | 'sv', summary: MessageRef | string): string {
  return typeof summary === 'string' ? summary : renderMessage(dealmapIntl(language), summary);
}

describe('readPain', () => {
  it('reads the need summary standing in for an unwritten pain, as MEDDPICC quotes it, never "not written down"', () => {
    const deal = buildHealthyDeal({ lens: 'meddpicc', pain: { text: '', confirmedBy: null } });
    const reading = readPain(deal);
    expect(reading).toEqual({ text: 'Month-end close takes nine days', source: 'need-summary', confirmedBy: null, placeholder: false });
    expect(summaryIn('en', painSummary(reading))).toBe('from the need: Month-end close takes nine …');
    expect(summaryIn('sv', painSummary(reading))).toBe('ur behovet: Month-end close takes nine …');
    const pain = scoreLens(deal, 'meddpicc', { asOf: TEST_AS_OF }).criteria.find((criterion) => criterion.code === 'identified-pain');
    expect(pain?.status).toBe('identified');
    expect(pain === undefined ? '' : evidenceTexts(pain)[0]).toContain(`"${reading.text}"`);
  });

  it('prefers the pain written as such, and says "not written down" only when neither is', () => {
    expect(readPain(buildHealthyDeal({ pain: { text: 'Slow close', confirmedBy: 'eva' } }))).toMatchObject({ text: 'Slow close', source: 'pain', confirmedBy: 'eva' });
    const none = readPain(buildHealthyDeal({ need: { confirmed: false, summary: ' ' } }));
    expect(summaryIn('en', painSummary(none))).toBe('not written down');
    expect(summaryIn('sv', painSummary(none))).toBe('inte nedskrivet');
    // The customer's own words are data: they read as written in both languages.
    expect(painSummary(readPain(buildHealthyDeal({ pain: { text: 'Slow close', confirmedBy: 'eva' } })))).toBe('Slow close');
  });
});
