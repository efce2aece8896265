// The selected gap's influence paths on the map: the saboteur's and the ally's, step by step.
import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../shared/engine';
import type { Gap } from '../../shared/engine/types';
import { completeLayout } from '../../shared/layout/complete-layout';
import type { Deal } from '../../shared/model/deal-schema';
import { buildMapEdges, buildMapNodes } from '../../renderer/map/map-elements';
import { describeInfluencePath } from '../../renderer/panel/gap-explanation';
import { dealmapIntl } from '../../shared/i18n';
import { buildDeal, decisionMaker, influences, stakeholder } from '../support/deal-builder';

/** Lars (saboteur) reaches Eva strongly; Karin (champion) reaches her only through Per, weakly. */
function outweighedChampion(): Deal {
  return buildDeal({
    need: { confirmed: true, summary: 'Close takes nine days' },
    stakeholders: [
      decisionMaker({ id: 'eva', name: 'Eva Berg', interest: 'general-info' }),
      stakeholder({ id: 'lars', name: 'Lars Ek', stance: 'saboteur', influence: 4 }),
      stakeholder({ id: 'karin', name: 'Karin Holm', stance: 'champion', influence: 2 }),
      stakeholder({ id: 'per', name: 'Per Ström' }),
      stakeholder({ id: 'olle', name: 'Olle Bystander' }),
    ],
    relations: [influences('lars', 'eva', 3, 'r1'), influences('karin', 'per', 2, 'r2'), influences('per', 'eva', 1, 'r3')],
  });
}

function saboteurGap(deal: Deal): Gap {
  const gap = qualifyDeal(deal, { asOf: '2026-11-27' }).gaps.find((g) => g.code === 'saboteur-unchecked');
  if (!gap) throw new Error('expected saboteur-unchecked');
  return gap;
}

describe('gap paths', () => {
  it('are read out in the gap’s row, each hop with its strength', () => {
    const deal = outweighedChampion();
    const gap = saboteurGap(deal);
    expect(gap.paths.map((path) => describeInfluencePath(deal, path))).toEqual([
      'Path: Lars Ek → Eva Berg (strength 3)',
      'Path: Karin Holm → Per Ström (strength 2) → Eva Berg (strength 1)',
    ]);
  });

  it('read in Swedish when the page is in Swedish, names untouched', () => {
    const deal = outweighedChampion();
    const gap = saboteurGap(deal);
    expect(gap.paths.map((path) => describeInfluencePath(deal, path, dealmapIntl('sv')))).toEqual([
      'Väg: Lars Ek → Eva Berg (styrka 3)',
      'Väg: Karin Holm → Per Ström (styrka 2) → Eva Berg (styrka 1)',
    ]);
  });

  it('are drawn on the map: the saboteur’s hostile, the ally’s in order, the rest dimmed', () => {
    const deal = outweighedChampion();
    const gap = saboteurGap(deal);
    const edges = Object.fromEntries(buildMapEdges(deal, gap).map((edge) => [edge.id, edge]));
    expect(edges.r1?.className).toContain('on-gap-path path-hostile');
    expect(edges.r1?.data).toMatchObject({ path: { step: 1, hostile: true } });
    expect(edges.r2?.data).toMatchObject({ path: { step: 1, hostile: false } });
    expect(edges.r3?.data).toMatchObject({ path: { step: 2, hostile: false } });
    expect(edges.r3?.className).toContain('is-highlighted');
    expect(edges.r3?.ariaLabel).toContain('step 2 of an ally’s path');

    const nodes = buildMapNodes(deal, completeLayout(deal), qualifyDeal(deal, { asOf: '2026-11-27' }), null, gap);
    const classes = Object.fromEntries(nodes.map((node) => [node.id, node.className]));
    expect(classes).toMatchObject({ eva: 'is-highlighted', lars: 'is-highlighted', karin: 'is-highlighted', per: 'is-highlighted', olle: 'is-dimmed' });
  });

  it('leave the map plain when no gap is selected', () => {
    const deal = outweighedChampion();
    for (const edge of buildMapEdges(deal, null)) {
      expect(edge.className ?? '').not.toContain('on-gap-path');
    }
  });
});
