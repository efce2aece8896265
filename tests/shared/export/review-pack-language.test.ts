// The review pack in Swedish: headings, summary lines, money and the engine's gaps read in Swedish; English is the default.
import { describe, expect, it } from 'vitest';
import { reviewPackHtml } from '../../../shared/export/review-pack-html';
import { reviewPackMarkdown } from '../../../shared/export/review-pack-markdown';
import { packInput } from './review-pack-fixture';

describe('the review pack in a language', () => {
  it('reads in Swedish with language sv, amounts formatted as sv-SE', () => {
    const { markdown } = reviewPackMarkdown({ ...packInput({ withReview: true }), language: 'sv' });
    expect(markdown).toMatch(/^# Pipelinegranskning — 2026-11-30\n/);
    expect(markdown).toContain('## Pipelinen i korthet');
    expect(markdown).toContain('**Intäkter i fara: 250\u00a0000 SEK av 730\u00a0000 SEK öppet (1 av 2 öppna affärer har stopp).**');
    expect(markdown).toContain('#### Luckor');
    expect(markdown).toContain('Nästa steg:');
    expect(markdown).toContain('Fråga säljaren:');
    expect(markdown).toContain('motarbetar affären');
    expect(markdown).toContain('- **Stopp** `');
    expect(markdown).not.toMatch(/\*\*(Blocker|Warning|Opportunity)\*\*/);
    expect(markdown).not.toContain('Pipeline summary');
    expect(markdown).not.toContain('Ask the account executive');
  });

  it('marks the HTML page with its language', () => {
    expect(reviewPackHtml({ ...packInput({ withReview: false }), language: 'sv' })).toContain('<html lang="sv">');
    expect(reviewPackHtml(packInput({ withReview: false }))).toContain('<html lang="en">');
  });

  it('stays English without a language', () => {
    expect(reviewPackMarkdown(packInput({ withReview: false })).markdown).toContain('## Pipeline summary');
  });
});
