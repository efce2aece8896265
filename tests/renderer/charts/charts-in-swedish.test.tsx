// The heatmap and the influence matrix speak the page's language: every title, label, legend and table word.
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { GapHeatmapChart } from '../../../renderer/charts/gap-heatmap-chart';
import { InfluenceSupportChart } from '../../../renderer/charts/influence-support-chart';
import { LanguageProvider } from '../../../renderer/i18n/language-context';
import type { Language } from '../../../shared/i18n';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { gapHeatmap, influenceSupportMatrix, pipelineRows } from '../../../shared/pipeline';
import { buildDealWithSaboteur, buildHealthyDeal } from '../../support/deal-builder';

afterEach(cleanup);

const saboteur = buildDealWithSaboteur({ id: 'acme-erp', amount: 250_000, currency: 'SEK', closeDate: '2027-03-10' });
const rows = pipelineRows([saboteur, buildHealthyDeal({ id: 'northwind' })], (deal) => qualifyDeal(deal, { asOf: '2026-12-01' }));

function shown(chart: ReactElement, language: Language): HTMLElement {
  return render(<LanguageProvider initial={language}>{chart}</LanguageProvider>).container;
}

/** Every word a reader or a screen reader meets: text, accessible names and tooltips. */
function everyWord(root: HTMLElement): string {
  const labels = [...root.querySelectorAll('[aria-label]')].map((element) => element.getAttribute('aria-label') ?? '');
  return [root.textContent ?? '', ...labels].join(' | ');
}

describe('the charts in Swedish', () => {
  it('the gap heatmap: title, legend, column words, gap codes and cell names', () => {
    const root = shown(<GapHeatmapChart heatmap={gapHeatmap(rows)} onOpenGap={() => undefined} />, 'sv');
    const text = everyWord(root);
    expect(root.querySelector('figure')?.getAttribute('aria-label')).toBe('Luckor per affär');
    for (const word of ['Affärer med luckan', 'Stoppar affären', 'Möjlighet', 'Visa som tabell', 'Sabotör utan motvikt', 'Öppnar affären med den här luckan vald.']) expect(text).toContain(word);
    expect(text).not.toMatch(/Deals with|Blocker|Opportunity|Show as table|Saboteur unchecked|Opens the deal/);
  });

  it('the influence matrix: regions, axes, stances, roles and each person', () => {
    const root = shown(<InfluenceSupportChart matrix={influenceSupportMatrix(saboteur)} dealName="ERP" />, 'sv');
    const text = everyWord(root);
    expect(root.querySelector('figure')?.getAttribute('aria-label')).toBe('Inflytande och stöd: ERP');
    for (const word of ['Inflytande', 'Emot ← Stöd → För', 'Sabotör', 'av 5.', 'Intressent', 'Vad du gör']) expect(text).toContain(word);
    expect(text).not.toMatch(/Influence|Against|Stakeholder|What to do|Saboteurs to counter|of 5\./);
  });

  it('reads as before in English', () => {
    const root = shown(<InfluenceSupportChart matrix={influenceSupportMatrix(saboteur)} dealName="ERP" />, 'en');
    expect(everyWord(root)).toMatch(/Influence and support: ERP.*Against ← Support → For/s);
  });
});
