// reviewPackHtml: one printable page, maps inline, nothing that loads or runs, the same content as the Markdown pack.
import { describe, expect, it } from 'vitest';
import { REVIEW_PACK_PAGE_POLICY, reviewPackHtml } from '../../../shared/export/review-pack-html';
import { packInput } from './review-pack-fixture';

describe('reviewPackHtml', () => {
  it('is a whole page that forbids loading and running anything, with print CSS and a page per deal', () => {
    const html = reviewPackHtml(packInput({ withReview: true }));
    expect(html).toMatch(/^<!doctype html>\n<html lang="en"><head><meta charset="utf-8">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REVIEW_PACK_PAGE_POLICY.replace(/'/g, '&#39;')}">`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=/i);
    expect(html).toContain('@media print');
    expect(html.match(/<section class="deal"/g)).toHaveLength(2);
  });

  it('puts each map inline as SVG with its own ids, and escapes every user text', () => {
    const html = reviewPackHtml(packInput({ withReview: true }));
    expect(html.match(/<svg xmlns/g)).toHaveLength(2);
    expect(html).toContain('aria-labelledby="map-0-title map-0-desc"');
    expect(html).toContain('aria-labelledby="map-1-title map-1-desc"');
    expect(html).not.toContain('<ERP>');
    expect(html).toContain('Risky &lt;ERP&gt; &amp; &quot;more&quot; — Acme AB');
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
});
