// The pipeline charts as standalone SVG: well-formed, titled and described, the app's labels and values, escaped, deterministic.
import { describe, expect, it } from 'vitest';
import { closeMonthSvg } from '../../../shared/export/close-month-svg';
import { gapHeatmapSvg } from '../../../shared/export/gap-heatmap-svg';
import { packCharts, PACK_CHART_IDS } from '../../../shared/export/pack-charts';
import { stageFunnelSvg } from '../../../shared/export/stage-funnel-svg';
import { amountByCloseMonth, gapHeatmap, pipelineRows, stageFunnel } from '../../../shared/pipeline';
import { compactAmount } from '../../../shared/charts/chart-format';
import { xmlProblems, xmlText } from '../../support/xml-well-formed';
import { healthy, qualify, saboteurDeal } from './review-pack-fixture';

const rows = pipelineRows([saboteurDeal, healthy], qualify);
/** Money as the app writes it (Intl, en-GB by default): "SEK 250k". */
const sek = (amount: number) => compactAmount(amount, 'SEK');

function expectStandalone(svg: string, prefix: string): void {
  expect(xmlProblems(svg)).toEqual([]);
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="img"/);
  expect(svg).toContain(`aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc"`);
  expect(svg).not.toMatch(/href=|<image|<script|<style|class=/);
}

function desc(svg: string): string {
  return xmlText(/<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '');
}

describe('gapHeatmapSvg', () => {
  it('draws deals against gap codes with the column totals, coloured by severity, names escaped', () => {
    const svg = gapHeatmapSvg(gapHeatmap(rows));
    expectStandalone(svg, 'chart-heatmap');
    const text = xmlText(svg);
    expect(text).toContain('Gaps by deal');
    expect(text).toContain('1 deal with gaps, most at risk first (most blockers, then most warnings, then lowest score).');
    expect(text).toContain('Saboteur unchecked');
    expect(text).toContain('Deals with the gap');
    expect(text).toContain('Risky <ERP> & "more"');
    expect(text).toContain(sek(250_000));
    expect(svg).toContain('Risky &lt;ERP&gt; &amp; &quot;more&quot;');
    expect(svg).toMatch(/<g data-gap-code="saboteur-unchecked"><rect [^>]*fill="#c92a2a"\/>/);
    expect(desc(svg)).toContain('Risky <ERP> & "more" (Acme AB): Saboteur unchecked');
    expect(text).toContain('Blocker');
    expect(text).toContain('Opportunity');
  });

  it('prints a count on a cell with several gaps of one code, and says so when no deal has a gap', () => {
    const heatmap = gapHeatmap(rows);
    const first = heatmap.rows[0];
    const cell = first?.cells[0];
    if (!first || !cell) throw new Error('the fixture has a deal with gaps');
    const doubled = { ...heatmap, rows: [{ ...first, cells: [{ ...cell, count: 3 }, ...first.cells.slice(1)] }] };
    expect(gapHeatmapSvg(doubled)).toMatch(/font-weight="700" fill="#fff">3<\/text>/);
    expect(xmlText(gapHeatmapSvg({ ...heatmap, dealsWithGaps: 1200 }))).toContain('The 1 deal most at risk of 1,200 deals with gaps (most blockers, then most warnings, then lowest score).');
    const empty = gapHeatmapSvg(gapHeatmap([]));
    expect(xmlProblems(empty)).toEqual([]);
    expect(xmlText(empty)).toContain('No deal in view has a gap.');
  });
});

describe('stageFunnelSvg', () => {
  it('draws every stage, lead to lost, with its deals and amounts', () => {
    const svg = stageFunnelSvg(stageFunnel(rows));
    expectStandalone(svg, 'chart-funnel');
    const text = xmlText(svg);
    for (const stage of ['Lead', 'Prospect', 'Qualified', 'Customer', 'Lost']) expect(text).toContain(stage);
    expect(text).toContain('1 deal');
    expect(text).toContain(sek(480_000));
    expect(svg.match(/data-stage="/g)).toHaveLength(5);
    // The saboteur deal is blocked, so a prospect; the healthy one qualified, in the app's qualified colour.
    expect(svg).toMatch(/<g data-stage="qualified">.*fill="#2b8a3e"/);
    expect(desc(svg)).toContain(`Prospect: 1 deal, ${sek(250_000)}; Qualified: 1 deal, ${sek(480_000)}; Customer: 0 deals, —`);
  });
});

describe('closeMonthSvg', () => {
  it('stacks the blocked and not-blocked amounts per close month, empty months kept, with month names and ticks', () => {
    const svg = closeMonthSvg(amountByCloseMonth(rows));
    expectStandalone(svg, 'chart-close-month');
    const text = xmlText(svg);
    expect(text).toContain('Open deals by expected close month, in SEK.');
    for (const month of ['Jan 2027', 'Feb 2027', 'Mar 2027']) expect(text).toContain(month);
    expect(text).toContain(sek(0));
    expect(text).toContain(sek(500_000));
    expect(svg).toMatch(/<rect data-month="2027-03" data-part="blocked" [^>]*fill="#c92a2a"\/>/);
    expect(svg).toMatch(/<rect data-month="2027-01" data-part="not-blocked" [^>]*fill="#74c0fc"\/>/);
    expect(svg).not.toContain('data-month="2027-02"');
    expect(desc(svg)).toContain(`Mar 2027: blocked ${sek(250_000)} in 1 deal, not blocked ${sek(0)} in 0 deals`);
    expect(text).toContain('In deals with blockers');
  });

  it('says so when no open deal has a close date', () => {
    const svg = closeMonthSvg(amountByCloseMonth(rows.map((row) => ({ ...row, closeDate: null }))));
    expect(xmlProblems(svg)).toEqual([]);
    expect(xmlText(svg)).toContain('No open deal in view has a close date.');
    expect(xmlText(svg)).toContain('2 open deals without a close date not shown');
  });
});

describe('packCharts', () => {
  it('gives each chart a file under charts/, an alternative text, and the same bytes every time', () => {
    const charts = packCharts(rows);
    expect(PACK_CHART_IDS.map((id) => charts[id].file)).toEqual(['charts/heatmap.svg', 'charts/stage-funnel.svg', 'charts/close-month.svg']);
    expect(charts['stage-funnel'].alt).toBe('Stage funnel: Deals at each computed stage, with their amounts per currency. The table below gives the numbers.');
    for (const id of PACK_CHART_IDS) {
      expect(charts[id].svg()).toBe(packCharts(rows)[id].svg());
      expect(charts[id].svg()).toContain(`aria-labelledby="chart-${id}-title" aria-describedby="chart-${id}-desc"`);
      // Without its heading the picture leaves title and note to the page, and is shorter.
      const bare = charts[id].svg({ heading: false });
      expect(xmlProblems(bare)).toEqual([]);
      expect(Number(/height="(\d+)"/.exec(bare)?.[1])).toBeLessThan(Number(/height="(\d+)"/.exec(charts[id].svg())?.[1]));
    }
  });
});

describe('the pack charts in Swedish', () => {
  it('title, note, legend, gap codes and stages in the pack\'s language, numbers in Swedish form', () => {
    const charts = packCharts(rows, 'sv');
    expect(charts['stage-funnel'].title).toBe('Affärer per steg');
    expect(charts['close-month'].title).toBe('Belopp per avslutsmånad');
    expect(charts.heatmap.title).toBe('Luckor per affär');
    expect(charts['stage-funnel'].alt).toBe('Affärer per steg: Affärer i varje beräknat steg, med belopp per valuta. Tabellen nedan ger siffrorna.');
    const heatmap = xmlText(charts.heatmap.svg());
    expect(heatmap).toContain('Affärer med luckan');
    expect(heatmap).toContain('Stoppar affären');
    expect(heatmap).toContain('flest stopp, sedan flest varningar, sedan lägst poäng');
    expect(heatmap).not.toMatch(/Deals with|Blocker|Opportunity/);
    const funnel = xmlText(charts['stage-funnel'].svg());
    expect(funnel).toContain('Prospekt');
    expect(funnel).toContain(compactAmount(250_000, 'SEK', 'sv-SE'));
    expect(funnel).not.toMatch(/\bdeals?\b/);
    const months = xmlText(charts['close-month'].svg());
    expect(months).toContain('I affärer där inget stoppar');
    expect(months).not.toContain('blocked');
  });
});
