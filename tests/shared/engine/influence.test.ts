import { describe, expect, it } from 'vitest';
import { analyzeInfluence, buildInfluenceGraph, strongestPath, strongestPathsFrom } from '../../../shared/engine/influence';
import type { Relation, Stakeholder } from '../../../shared/model/deal-schema';
import { decisionMaker, influences, reportsTo, stakeholder } from '../../support/deal-builder';

function people(...ids: string[]): Stakeholder[] {
  return ids.map((id) => stakeholder({ id, influence: id === 'a' ? 4 : 2 }));
}

function pathBetween(stakeholders: Stakeholder[], relations: Relation[], from: string, to: string) {
  return strongestPath(buildInfluenceGraph({ stakeholders, relations }), from, to);
}

describe('strongest influence path', () => {
  it('follows a chain and takes its weakest relation as strength', () => {
    const path = pathBetween(
      people('a', 'b', 'c', 'd'),
      [influences('a', 'b', 3, 'r1'), influences('b', 'c', 2, 'r2'), influences('c', 'd', 3, 'r3')],
      'a',
      'd',
    );
    expect(path).toEqual({
      fromId: 'a',
      toId: 'd',
      stakeholderIds: ['a', 'b', 'c', 'd'],
      relationIds: ['r1', 'r2', 'r3'],
      strength: 2,
      reach: 8,
    });
  });

  it('prefers the widest path over the shortest one', () => {
    const path = pathBetween(
      people('a', 'b', 'd'),
      [influences('a', 'd', 1), influences('a', 'b', 3), influences('b', 'd', 3)],
      'a',
      'd',
    );
    expect(path).toMatchObject({ stakeholderIds: ['a', 'b', 'd'], strength: 3, reach: 12 });
  });

  it('breaks a tie in strength by fewer relations', () => {
    const path = pathBetween(
      people('a', 'b', 'd'),
      [influences('a', 'b', 2), influences('b', 'd', 2), influences('a', 'd', 2)],
      'a',
      'd',
    );
    expect(path?.stakeholderIds).toEqual(['a', 'd']);
  });

  it('breaks a tie in strength and length by the smaller stakeholder ids, whatever the relation order', () => {
    const relations = [influences('a', 'c', 2), influences('c', 'd', 2), influences('a', 'b', 2), influences('b', 'd', 2)];
    for (const order of [relations, [...relations].reverse()]) {
      expect(pathBetween(people('d', 'c', 'b', 'a'), order, 'a', 'd')?.stakeholderIds).toEqual(['a', 'b', 'd']);
    }
  });

  it('between the same two people takes the strongest relation, then the smaller relation id', () => {
    const stakeholders = people('a', 'b');
    const relations = [influences('a', 'b', 1, 'r0'), influences('a', 'b', 3, 'r9'), influences('a', 'b', 3, 'r5')];
    expect(pathBetween(stakeholders, relations, 'a', 'b')).toMatchObject({ relationIds: ['r5'], strength: 3 });
  });

  it('terminates on cycles and still finds the strongest way out of them', () => {
    const path = pathBetween(
      people('a', 'b', 'c', 'd'),
      [
        influences('a', 'b', 3),
        influences('b', 'a', 3),
        influences('b', 'c', 3),
        influences('c', 'a', 3),
        influences('c', 'b', 1),
        influences('c', 'd', 2),
        influences('a', 'd', 1),
      ],
      'a',
      'd',
    );
    expect(path).toMatchObject({ stakeholderIds: ['a', 'b', 'c', 'd'], strength: 2 });
  });

  it('finds nobody reachable from a closed cycle, and no path from a stakeholder to themself', () => {
    const stakeholders = people('a', 'b', 'c');
    const relations = [influences('a', 'b', 3), influences('b', 'a', 3)];
    expect(pathBetween(stakeholders, relations, 'a', 'c')).toBeNull();
    expect(pathBetween(stakeholders, relations, 'a', 'a')).toBeNull();
  });

  it('carries no influence over reports-to relations', () => {
    expect(pathBetween(people('a', 'b'), [reportsTo('a', 'b')], 'a', 'b')).toBeNull();
  });

  it('ignores relations a valid deal cannot hold instead of failing on them', () => {
    const relations: Relation[] = [
      { id: 'no-strength', from: 'a', to: 'b', kind: 'influences' },
      { id: 'self', from: 'a', to: 'a', kind: 'influences', strength: 3 },
      { id: 'ghost', from: 'a', to: 'nobody', kind: 'influences', strength: 3 },
      { id: 'too-strong', from: 'a', to: 'b', kind: 'influences', strength: 7 },
    ];
    const graph = buildInfluenceGraph({ stakeholders: people('a', 'b'), relations });
    expect(strongestPathsFrom(graph, 'a').size).toBe(0);
    expect(strongestPathsFrom(graph, 'nobody').size).toBe(0);
  });

  it('lists every stakeholder a source reaches when no target is named', () => {
    const graph = buildInfluenceGraph({
      stakeholders: people('a', 'b', 'c'),
      relations: [influences('a', 'b', 1), influences('b', 'c', 3)],
    });
    expect([...strongestPathsFrom(graph, 'b').keys()]).toEqual(['c']);
    expect([...strongestPathsFrom(graph, 'a').values()].map((path) => [path.toId, path.reach])).toEqual([
      ['b', 4],
      ['c', 4],
    ]);
  });
});

describe('influence analysis', () => {
  const eva = decisionMaker({ id: 'eva', stance: 'neutral', influence: 5 });
  const anna = stakeholder({ id: 'anna', stance: 'champion', influence: 4 });
  const olof = stakeholder({ id: 'olof', stance: 'saboteur', influence: 4 });

  it('lets a supporter or champion decision-maker reach themself with influence times 3', () => {
    const analysis = analyzeInfluence({ stakeholders: [{ ...eva, stance: 'supporter' }], relations: [] });
    expect(analysis.decisionMakers[0]?.allyReaches).toEqual([
      { fromId: 'eva', toId: 'eva', stakeholderIds: ['eva'], relationIds: [], strength: 3, reach: 15 },
    ]);
  });

  it('ranks ally reaches strongest first, the self-reach winning a tie', () => {
    const self = { ...eva, stance: 'champion' as const, influence: 4 };
    const analysis = analyzeInfluence({ stakeholders: [self, anna], relations: [influences('anna', 'eva', 3)] });
    expect(analysis.decisionMakers[0]?.allyReaches.map((path) => [path.fromId, path.reach])).toEqual([
      ['eva', 12],
      ['anna', 12],
    ]);
  });

  it('counts an ally decision-maker as reaching another decision-maker through a path', () => {
    const johan = decisionMaker({ id: 'johan', stance: 'neutral' });
    const analysis = analyzeInfluence({
      stakeholders: [{ ...eva, stance: 'champion' }, johan],
      relations: [influences('eva', 'johan', 1)],
    });
    expect(analysis.decisionMakers.map((dm) => dm.allyReaches.map((path) => path.reach))).toEqual([[15], [5]]);
  });

  it.each([
    ['weaker', 1, true],
    ['as strong', 2, true],
    ['stronger', 3, false],
  ])('checks a saboteur whose reach is %s than the ally: checked %s', (_label, saboteurStrength, checked) => {
    const analysis = analyzeInfluence({
      stakeholders: [eva, anna, olof],
      relations: [influences('anna', 'eva', 2), influences('olof', 'eva', saboteurStrength)],
    });
    expect(analysis.saboteurs).toEqual([
      {
        saboteurId: 'olof',
        threats: [
          expect.objectContaining({
            path: expect.objectContaining({ reach: saboteurStrength * 4 }),
            strongestAlly: expect.objectContaining({ fromId: 'anna', reach: 8 }),
            checked,
          }),
        ],
      },
    ]);
  });

  it('leaves out saboteurs who reach no decision-maker, and everything when nobody decides', () => {
    expect(analyzeInfluence({ stakeholders: [eva, olof], relations: [influences('eva', 'olof', 3)] }).saboteurs).toEqual([]);
    expect(
      analyzeInfluence({ stakeholders: [anna, olof], relations: [influences('olof', 'anna', 3)] }),
    ).toEqual({ decisionMakers: [], saboteurs: [] });
  });

  it('handles a large tangled buying center', () => {
    const count = 50;
    const stakeholders = Array.from({ length: count }, (_, index) =>
      stakeholder({
        id: `p${String(index).padStart(2, '0')}`,
        role: index % 10 === 0 ? 'decision-maker' : 'influencer',
        stance: index % 7 === 0 ? 'saboteur' : index % 3 === 0 ? 'champion' : 'neutral',
        influence: (index % 5) + 1,
      }),
    );
    const relations = Array.from({ length: 120 }, (_, index) => {
      const from = (index * 7) % count;
      const to = (index * 13 + 1) % count === from ? (from + 1) % count : (index * 13 + 1) % count;
      return influences(`p${String(from).padStart(2, '0')}`, `p${String(to).padStart(2, '0')}`, (index % 3) + 1, `r${index}`);
    });
    const analysis = analyzeInfluence({ stakeholders, relations });
    expect(analysis.decisionMakers).toHaveLength(5);
    for (const threat of analysis.saboteurs.flatMap((saboteur) => saboteur.threats)) {
      expect(threat.path.relationIds.length).toBe(threat.path.stakeholderIds.length - 1);
      expect(new Set(threat.path.stakeholderIds).size).toBe(threat.path.stakeholderIds.length);
    }
  });
});
