// The chart on screen and its export are one picture: the same bars, colours, labels and values, from one model.
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseMonthChart } from '../../../renderer/charts/close-month-chart';
import { GapHeatmapChart } from '../../../renderer/charts/gap-heatmap-chart';
import { StageFunnelChart } from '../../../renderer/charts/stage-funnel-chart';
import { LanguageProvider } from '../../../renderer/i18n/language-context';
import { closeMonthSvg } from '../../../shared/export/close-month-svg';
import { gapHeatmapSvg } from '../../../shared/export/gap-heatmap-svg';
import { SEVERITY_COLOURS } from '../../../shared/charts/chart-colours';
import { stageFunnelSvg } from '../../../shared/export/stage-funnel-svg';
import { num } from '../../../shared/export/svg-text';
import type { Language } from '../../../shared/i18n';
import { amountByCloseMonth, gapHeatmap, pipelineRows, stageFunnel, type PipelineRow } from '../../../shared/pipeline';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { buildDeal, buildDealWithSaboteur, buildHealthyDeal } from '../../support/deal-builder';

afterEach(cleanup);

const AS_OF = '2026-12-01';
const rows: PipelineRow[] = pipelineRows(
  [
    buildDealWithSaboteur({ id: 'acme-erp', amount: 250_000, currency: 'SEK', closeDate: '2027-03-10' }),
    buildHealthyDeal({ id: 'northwind', amount: 1_480_000, currency: 'SEK', closeDate: '2027-01-20' }),
    buildHealthyDeal({ id: 'kestrel', amount: 42_500, currency: 'EUR', closeDate: '2027-01-05' }),
    buildDeal({ id: 'lead-only', amount: 90_000, currency: 'SEK', closeDate: null }),
  ],
  (deal) => qualifyDeal(deal, { asOf: AS_OF }),
);

/** What a picture shows, mark by mark: the box, its fill, and every word, rounded as the export rounds. */
interface Mark {
  readonly key: string;
  readonly box: string;
  readonly fill: string | null;
}

function marks(root: ParentNode, selector: string, key: (element: Element) => string): Mark[] {
  return [...root.querySelectorAll(selector)].map((element) => ({
    key: key(element),
    box: ['x', 'y', 'width', 'height'].map((name) => num(Number(element.getAttribute(name)))).join(' '),
    fill: element.getAttribute('fill'),
  }));
}

function words(root: ParentNode): string[] {
  return [...root.querySelectorAll('text')].map((text) => text.textContent ?? '');
}

function exported(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

function onScreen(chart: ReactElement, language: Language): SVGSVGElement {
  const { container } = render(<LanguageProvider initial={language}>{chart}</LanguageProvider>);
  const svg = container.querySelector('svg.chart-svg');
  if (!(svg instanceof SVGSVGElement)) throw new Error('the chart drew no picture');
  return svg;
}

const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', sv: 'sv-SE' };

/** Words each language's charts must print, so a chart left in English fails in Swedish. */
const WORDS: Record<Language, { stage: string; deals: string; funnel: string; closeMonth: string; blocked: string; heatmap: string; gapCode: string }> = {
  en: { stage: 'Prospect', deals: 'deals', funnel: 'Stage funnel', closeMonth: 'Open amount by close month', blocked: 'blocked', heatmap: 'Gaps by deal', gapCode: 'Saboteur unchecked' },
  sv: { stage: 'Prospekt', deals: 'affärer', funnel: 'Affärer per steg', closeMonth: 'Belopp per avslutsmånad', blocked: 'med stopp', heatmap: 'Luckor per affär', gapCode: 'Sabotör utan motvikt' },
};

function svgTitle(file: Document): string {
  return file.querySelector('title')?.textContent ?? '';
}

describe.each<Language>(['en', 'sv'])('a chart on screen and exported (%s)', (language) => {
  const locale = INTL_LOCALE[language];
  const expected = WORDS[language];

  it('stage funnel: the same bars, colours, stage names, counts and money', () => {
    const funnel = stageFunnel(rows);
    const screen = onScreen(<StageFunnelChart funnel={funnel} />, language);
    const file = exported(stageFunnelSvg(funnel, { language }));
    const stage = (element: Element) => element.closest('[data-stage]')?.getAttribute('data-stage') ?? '';
    const screenBars = marks(screen, 'rect.funnel-bar', stage).filter((bar) => !bar.box.endsWith(' 0 28'));
    const fileBars = marks(file, '[data-stage] rect', stage).filter((bar) => bar.fill !== '#f3f5f8');
    expect(screenBars.length).toBeGreaterThan(1);
    expect(screenBars).toEqual(fileBars);
    expect(words(screen)).toEqual(words(file).slice(-words(screen).length));
    expect(words(screen).join(' | ')).toContain(new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1, style: 'currency', currency: 'SEK' }).format(1_480_000));
    expect(words(screen)).toContain(expected.stage);
    expect(words(screen).join(' | ')).toContain(` ${expected.deals}`);
    expect(screen.getAttribute('aria-label')).toBe(expected.funnel);
    expect(svgTitle(file)).toBe(expected.funnel);
  });

  it('amount by close month: the same stacked bars, ticks, month names and money', () => {
    const series = amountByCloseMonth(rows);
    const screen = onScreen(<CloseMonthChart series={series} onCurrency={() => undefined} />, language);
    const file = exported(closeMonthSvg(series, { language }));
    const part = (element: Element) => `${element.getAttribute('data-month') ?? ''} ${element.getAttribute('data-part') ?? ''}`;
    const screenBars = marks(screen, 'rect[data-month]', part);
    expect(screenBars.length).toBeGreaterThan(1);
    expect(screenBars).toEqual(marks(file, 'rect[data-month]', part));
    const plotWords = words(screen);
    expect(words(file).filter((text) => plotWords.includes(text))).toEqual(plotWords);
    expect(plotWords).toContain(new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2027, 0, 1)));
    expect(screen.getAttribute('aria-label')).toBe(expected.closeMonth);
    expect(svgTitle(file)).toBe(expected.closeMonth);
    const screenBarNames = [...screen.querySelectorAll('rect[data-month]')].map((bar) => bar.getAttribute('aria-label') ?? '');
    expect(screenBarNames.some((name) => name.includes(`, ${expected.blocked}: `))).toBe(true);
    expect(file.querySelector('desc')?.textContent).toContain(`: ${expected.blocked} `);
  });

  it('gap heatmap: the same cells, colours, counts, code labels, totals, names and money', () => {
    const heatmap = gapHeatmap(rows);
    const screen = onScreen(<GapHeatmapChart heatmap={heatmap} onOpenGap={() => undefined} />, language);
    const file = exported(gapHeatmapSvg(heatmap, { language, heading: false }));
    // Each cell by its row and column, wherever the picture puts its ids.
    const screenCell = (element: Element) => `${element.closest('[data-row-id]')?.getAttribute('data-row-id') ?? ''} ${element.closest('[data-gap-code]')?.getAttribute('data-gap-code') ?? 'empty'}`;
    const fileCell = (element: Element) => `${element.closest('[data-deal-id]')?.getAttribute('data-deal-id') ?? ''} ${element.closest('[data-gap-code]')?.getAttribute('data-gap-code') ?? 'empty'}`;
    const screenCells = marks(screen, '[data-row-id] rect', screenCell);
    const fileCells = marks(file, '[data-deal-id] rect', fileCell);
    expect(screenCells.filter((cell) => !cell.key.endsWith('empty')).length).toBeGreaterThan(2);
    expect(screenCells).toEqual(fileCells);
    expect(new Set(screenCells.map((cell) => cell.fill))).toContain(SEVERITY_COLOURS.blocker);
    // Code labels, totals, deal names, accounts, amounts and counts: the export prints the screen's words, in order, then its legend.
    // A screen label's tooltip is a <title> inside it; the words printed are its own text.
    const printed = (root: ParentNode) =>
      [...root.querySelectorAll('text')].map((text) => [...text.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent).join('')).filter((text) => text !== '');
    const screenWords = printed(screen);
    expect(printed(file).slice(0, screenWords.length)).toEqual(screenWords);
    expect(screenWords.join(' | ')).toContain(expected.gapCode);
    expect(screenWords.join(' | ')).toContain(new Intl.NumberFormat(locale, { notation: 'compact', style: 'currency', currency: 'SEK' }).format(250_000));
    expect(screen.getAttribute('aria-label')).not.toBe('');
    expect(svgTitle(file)).toBe(expected.heatmap);
    expect(screen.getAttribute('viewBox')).toBe(`0 0 ${Number(screen.getAttribute('width'))} ${Number(screen.getAttribute('height'))}`);
  });
});
