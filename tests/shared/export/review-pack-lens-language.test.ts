// The review pack in Swedish reads a lens gap's evidence and next step in Swedish, as the scorecard does.
import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine';
import type { Qualification } from '../../../shared/engine/types';
import { reviewPackInput } from '../../../shared/export/review-pack-input';
import { reviewPackMarkdown } from '../../../shared/export/review-pack-markdown';
import type { Deal } from '../../../shared/model/deal-schema';
import { pipelineRows } from '../../../shared/pipeline';
import { TEST_AS_OF, buildHealthyDeal } from '../../support/deal-builder';

const qualify = (deal: Deal): Qualification => qualifyDeal(deal, { asOf: TEST_AS_OF });

/** A qualified deal read through MEDDPICC: its missing paper process is a lens gap with a next step. */
function packOf(language: 'en' | 'sv'): string {
  const deals = [buildHealthyDeal({ lens: 'meddpicc', closeDate: '2027-01-31' })];
  const input = reviewPackInput({ asOf: TEST_AS_OF, deals, qualify, rows: pipelineRows(deals, qualify), review: null, changes: null, scope: 'Owner Sara Lind' });
  return reviewPackMarkdown({ ...input, language }).markdown;
}

describe('a lens gap in the review pack', () => {
  it('gives its next step in the pack\'s language', () => {
    const english = packOf('en');
    expect(english).toContain('which steps the paper process at Northwind AB takes, who takes each and when.');
    const swedish = packOf('sv');
    expect(swedish).toContain('vilka steg avtalsprocessen på Northwind AB går igenom, vem som tar varje steg och när.');
    expect(swedish).not.toMatch(/paper process|decision process|who takes each/);
  });
});
