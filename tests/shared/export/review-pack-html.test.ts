// reviewPackHtml: one printable page, charts and maps inline, nothing that loads or runs, the same content as the Markdown pack.
import { compactAmount } from '../../../shared/charts/chart-format';
import { describe, expect, it } from 'vitest';
import { REVIEW_PACK_PAGE_POLICY, reviewPackHtml } from '../../../shared/export/review-pack-html';
import { xmlProblems } from '../../support/xml-well-formed';
import { coachingQuestions } from '../../../shared/engine/coaching-questions';
import { escapeXml } from '../../../shared/export/svg-text';
import { healthy, packInput, qualify, saboteurDeal } from './review-pack-fixture';

describe('reviewPackHtml', () => {
  it('is a whole page that forbids loading and running anything, with print CSS and a page per deal', () => {
    const html = reviewPackHtml(packInput({ withReview: true }));
    expect(html).toMatch(/^<!doctype html>\n<html lang="en"><head><meta charset="utf-8">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REVIEW_PACK_PAGE_POLICY.replace(/'/g, '&#39;')}">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=/i);
    expect(html).toContain('@media print');
    expect(html.match(/<section class="deal"/g)).toHaveLength(2);
  });

  it('puts each chart and map inline as SVG with its own ids, and escapes every user text', () => {
    const html = reviewPackHtml(packInput({ withReview: true }));
    expect(html.match(/<svg xmlns/g)).toHaveLength(5);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toContain('aria-labelledby="map-0-title map-0-desc"');
    expect(html).toContain('aria-labelledby="map-1-title map-1-desc"');
    expect(html).not.toContain('<ERP>');
    expect(html).toContain('Risky &lt;ERP&gt; &amp; &quot;more&quot; — Acme AB');
  });

  it('draws the heatmap, the funnel and the amounts by close month above their tables, each SVG well-formed', () => {
    const html = reviewPackHtml(packInput({ withReview: true }));
    const section = (title: string) => html.slice(html.indexOf(`<h3>${title}`), html.indexOf('</section>', html.indexOf(`<h3>${title}`)));
    for (const [title, id] of [
      ['Stage funnel', 'stage-funnel'],
      ['Open amount by close month (SEK)', 'close-month'],
      ['Gaps across deals', 'heatmap'],
    ] as const) {
      const part = section(title);
      expect(part.indexOf(`aria-labelledby="chart-${id}-title`)).toBeGreaterThan(0);
      expect(part.indexOf(`aria-labelledby="chart-${id}-title`)).toBeLessThan(part.indexOf('<table>'));
      const svg = part.slice(part.indexOf('<svg'), part.indexOf('</svg>') + 6);
      expect(xmlProblems(svg)).toEqual([]);
    }
    expect(section('Gaps across deals')).toContain('<figcaption class="muted">1 deal with gaps, most at risk first (most blockers, then most warnings, then lowest score).</figcaption>');
    expect(section('Stage funnel')).toContain(compactAmount(480_000, 'SEK'));
    expect(section('Open amount by close month (SEK)')).toContain('Mar 2027');
    expect(section('Revenue at risk')).not.toContain('<svg');
  });

  it('carries the summary, the changes and the coaching', () => {
    const html = reviewPackHtml(packInput({ withReview: true }));
    expect(html).toContain('Revenue at risk: 250,000 SEK of 730,000 SEK open (1 of 2 open deals blocked).');
    expect(html).toContain('<h3>Stage funnel</h3>');
    expect(html).toContain('<li>Close date slipped from 2027-02-28 to 2027-03-31.</li>');
    expect(html).toContain('<blockquote>Ask Eva who else signs.\n| pipes | and *stars* stay text</blockquote>');
    expect(html).toContain('<td>Meet Anders [IT]</td><td>Sara Lind</td><td>2026-12-05</td><td>open</td>');
    expect(reviewPackHtml(packInput({ withReview: true }))).toBe(html);
  });

  it('says which review once, sums up cleared blockers, and asks each gap\'s coaching questions under it', () => {
    const html = reviewPackHtml(packInput({ withReview: true }));
    expect(html).toContain('<p class="muted">Changes since the review of 2026-11-01 and the coaching notes and action items written in it.</p>');
    expect(html).toContain('<li><strong>Cleared blockers:</strong> none</li>');
    const gap = qualify(saboteurDeal).gaps.find((entry) => entry.code === 'saboteur-unchecked');
    if (!gap) throw new Error('the saboteur deal has a saboteur-unchecked gap');
    const asked = coachingQuestions(gap, saboteurDeal).map((question) => `<li>${escapeXml(question)}</li>`).join('');
    const start = html.indexOf('<code>saboteur-unchecked</code>');
    const item = html.slice(start, html.indexOf('</li></ul></li>', start) + 15);
    expect(item).toContain(`<p class="questions-title">Ask the account executive:</p><ul class="questions">${asked}</ul>`);
    const gaps = [saboteurDeal, healthy].flatMap((deal) => qualify(deal).gaps);
    expect(html.match(/<ul class="questions">/g)).toHaveLength(gaps.length);
  });
});
