// The exported map in Swedish: title, summary line, legend, cards, text alternative and highlighted gap all read in Swedish.
import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine';
import { buyingCenterSvg } from '../../../shared/export/map-svg';
import { CATALOGS } from '../../../shared/i18n';
import { estimateTextWidth } from '../../../shared/export/svg-text';
import { TEST_AS_OF, buildDealWithSaboteur, influences, reportsTo } from '../../support/deal-builder';
import { xmlProblems, xmlText } from '../../support/xml-well-formed';

const deal = buildDealWithSaboteur({ amount: 480000, currency: 'SEK', closeDate: '2027-03-01', relations: [influences('anders', 'eva', 3, 'r1'), reportsTo('anders', 'eva')] });
const qualification = qualifyDeal(deal, { asOf: TEST_AS_OF });
const gap = qualification.gaps.find((candidate) => candidate.code === 'saboteur-unchecked');

describe('the exported map in a language', () => {
  it('reads in Swedish with language sv', () => {
    const svg = buyingCenterSvg(deal, qualification, { language: 'sv', date: '2026-11-30', highlightGapId: gap?.id });
    expect(xmlProblems(svg)).toEqual([]);
    const text = xmlText(svg);
    expect(text).toContain(`Köpcentret i ${deal.name} (${deal.account})`);
    expect(text).toContain(`Steg: Prospekt · Poäng ${qualification.score}/100`);
    // The card's line fitting turns the no-break space of sv-SE grouping into a plain one.
    expect(text).toMatch(/480\s000 SEK · avslut 2027-03-01 · per 2026-11-30/);
    expect(text).toContain('Markerad lucka: ');
    expect(text).toContain('påverkar (tjockare = starkare)');
    expect(text).toContain('rapporterar till');
    expect(text).toContain('✕ Sabotör');
    expect(text).toContain('Beslutsfattare');
    expect(text).toContain('✕ motarbetar');
    expect(text).toMatch(/Köpcentret: .* – Beslutsfattare, /);
    for (const english of ['Stage ', 'Score ', 'influences', 'reports to', 'Decision-maker', 'Highlighted gap', 'as of', 'Stakeholders', 'Interest unknown']) {
      expect({ english, found: text.includes(english) }).toEqual({ english, found: false });
    }
  });

  it('lays the legend out after each item’s words, so the longer Swedish never overlaps', () => {
    const svg = buyingCenterSvg(deal, qualification, { language: 'sv', highlightGapId: gap?.id });
    const legend = /<g font-size="11" fill="[^"]+">(.*?)<\/g>$/m.exec(svg)?.[1] ?? '';
    const items = [...legend.matchAll(/<text x="([\d.]+)" y="[\d.]+">([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), words: m[2] ?? '' }));
    expect(items.map((item) => item.words)).toEqual(['påverkar (tjockare = starkare)', 'en sabotörs påverkan, mot affären', 'rapporterar till', 'berörs av den markerade luckan']);
    for (let index = 1; index < items.length; index += 1) {
      const before = items[index - 1];
      expect((items[index]?.x ?? 0) - 30).toBeGreaterThan((before?.x ?? 0) + estimateTextWidth(before?.words ?? '', 11));
    }
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    const last = items[items.length - 1];
    expect((last?.x ?? 0) + estimateTextWidth(last?.words ?? '', 11)).toBeLessThanOrEqual(width);
  });

  it('stays English without a language, the words as they were', () => {
    const text = xmlText(buyingCenterSvg(deal, qualification, { date: '2026-11-30' }));
    expect(text).toContain(`Stage Prospect · Score ${qualification.score}/100`);
    expect(text).toContain('480,000 SEK · closes 2027-03-01 · as of 2026-11-30');
    expect(text).toContain('influences (thicker = stronger)');
    expect(text).toContain('Buying center of');
  });

  it('has every map-svg message in both languages', () => {
    const keys = Object.keys(CATALOGS.en).filter((key) => key.startsWith('map-svg.'));
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect(CATALOGS.sv[key]).toBeDefined();
  });
});
