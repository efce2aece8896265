// Ids and names that are Object.prototype's own keys (constructor, __proto__, toString...) through the real listing, review and review pack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDealmapServices } from '../../../electron/services/dealmap-services';
import { qualifyDeal } from '../../../shared/engine';
import { reviewPackHtml } from '../../../shared/export/review-pack-html';
import { reviewPackInput } from '../../../shared/export/review-pack-input';
import { reviewPackMarkdown } from '../../../shared/export/review-pack-markdown';
import { completeLayout } from '../../../shared/layout/complete-layout';
import { moveStakeholders } from '../../../shared/edits/buying-center-edits';
import type { Deal } from '../../../shared/model/deal-schema';
import { pipelineRows } from '../../../shared/pipeline';
import { coachingFor } from '../../../shared/review/review-schema';
import { buildHealthyDeal, decisionMaker, influences, stakeholder } from '../../support/deal-builder';
import { makeTempWorkspace, putDealFile, removeTempWorkspace } from '../../support/temp-workspace';

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];
/** Deal ids are a-z, 0-9 and -: the prototype keys they can spell. */
const DEAL_IDS = ['constructor', 'tostring', 'valueof', 'hasownproperty', 'plain-deal'];
const AS_OF = '2026-11-30';

const hostileDeal = fc
  .record({
    id: fc.constantFrom(...DEAL_IDS),
    name: fc.constantFrom(...PROTOTYPE_KEYS, 'Constructor'),
    owner: fc.constantFrom(...PROTOTYPE_KEYS),
    ids: fc.uniqueArray(fc.constantFrom(...PROTOTYPE_KEYS), { minLength: 2, maxLength: 4 }),
    placed: fc.boolean(),
  })
  .map(({ id, name, owner, ids, placed }): Deal => {
    const [first, ...rest] = ids as [string, ...string[]];
    const layout = placed ? Object.fromEntries(ids.map((person, index) => [person, { x: index * 300, y: 0 }])) : undefined;
    return buildHealthyDeal({
      id,
      name,
      account: name,
      owner,
      stakeholders: [decisionMaker({ id: first, name: first }), ...rest.map((person) => stakeholder({ id: person, name: person, stance: 'saboteur' }))],
      relations: rest.map((person) => influences(person, first)),
      ...(layout === undefined ? {} : { layout }),
    });
  });

const workspaces = fc.uniqueArray(hostileDeal, { minLength: 1, maxLength: 4, selector: (deal) => deal.id });

describe('prototype keys as ids and names', () => {
  it('list, review, coach, carry over and export like any other id', async () => {
    await fc.assert(
      fc.asyncProperty(workspaces, async (deals) => {
        const workspace = await makeTempWorkspace();
        try {
          // Written as JSON text, so a `__proto__` key in the layout is a real own key, as in a file.
          for (const deal of deals) await putDealFile(workspace, `${deal.id}.json`, JSON.stringify(deal));
          const services = createDealmapServices({ workspace, now: () => new Date(`${AS_OF}T09:00:00Z`) });
          const listing = await services.listDeals({});
          expect(listing.problems).toEqual([]);
          expect(listing.deals.map((deal) => deal.id).sort()).toEqual(deals.map((deal) => deal.id).sort());
          const opened = await Promise.all(listing.deals.map((summary) => services.getDeal({ id: summary.id })));

          for (const deal of opened) {
            const positions = completeLayout(deal);
            for (const person of deal.stakeholders) {
              expect(Object.hasOwn(positions, person.id)).toBe(true);
              expect(typeof positions[person.id]?.x).toBe('number');
            }
            const first = deal.stakeholders[0]?.id ?? '';
            const moved = moveStakeholders(deal, { [first]: { x: 5, y: 7 } });
            expect(Object.getOwnPropertyDescriptor(moved.layout, first)?.value).toMatchObject({ x: 5, y: 7 });
          }

          const review = await services.startReview({ asOf: AS_OF });
          for (const deal of deals) expect(coachingFor(review, deal.id)).toEqual({ notes: '', actionItems: [] });
          const [{ id: target, owner }] = deals as [Deal, ...Deal[]];
          const item = { id: 'i1', text: 'Call', owner: owner ?? '', due: null, done: false };
          await services.saveCoaching({ reviewId: review.id, dealId: target, revision: review.revision, coaching: { notes: 'n', actionItems: [item] } });
          const reread = await services.getReview({ id: review.id });
          expect(coachingFor(reread, target).actionItems).toHaveLength(1);

          const next = await services.startReview({ asOf: AS_OF });
          for (const deal of deals) {
            expect(coachingFor(next, deal.id).actionItems).toHaveLength(deal.id === target ? 1 : 0);
          }

          const qualify = (deal: Deal) => qualifyDeal(deal, { asOf: AS_OF });
          const changes = await services.reviewChanges({ since: review.id, asOf: AS_OF });
          const input = reviewPackInput({ asOf: AS_OF, deals: opened, qualify, rows: pipelineRows(opened, qualify), review: reread, changes: changes.changes });
          expect(reviewPackMarkdown(input).markdown).toContain(`# Pipeline review pack`);
          expect(reviewPackHtml(input)).toContain('<html');
        } finally {
          await removeTempWorkspace(workspace);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
