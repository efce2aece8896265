// pipelineChanges: deals matched by id, the coach's summary, and one order whatever the input order.
import { describe, expect, it } from 'vitest';
import { pipelineChanges } from '../../../shared/review/pipeline-changes';
import type { DealSnapshot } from '../../../shared/review/deal-snapshot';
import { buildDealWithSaboteur, withStakeholder } from '../../support/deal-builder';
import { BLOCKER, healthySnapshot, snapshotOf, withGaps, withStage } from './snapshot-builder';

function deal(id: string, name: string, overrides: Partial<DealSnapshot> = {}): DealSnapshot {
  return healthySnapshot({ id, name, ...overrides });
}

const before = [
  deal('acme', 'Acme rollout', { closeDate: '2027-01-31' }),
  withStage(deal('bolt', 'Bolt upgrade'), 'prospect'),
  deal('crux', 'Crux pilot'),
  deal('gone', 'Gone deal'),
  deal('same', 'Steady deal'),
];
const after = [
  deal('acme', 'Acme rollout', { closeDate: '2027-03-31' }),
  deal('bolt', 'Bolt upgrade'),
  withGaps(withStage(deal('crux', 'Crux pilot'), 'prospect'), [BLOCKER]),
  deal('fresh', 'A fresh deal'),
  deal('same', 'Steady deal'),
];

describe('pipelineChanges', () => {
  it('summarizes deals that advanced, fell back, slipped, gained or cleared blockers, are new or removed', () => {
    const { summary } = pipelineChanges(before, after);
    expect(summary).toEqual({
      advanced: [{ dealId: 'bolt', dealName: 'Bolt upgrade' }],
      fellBack: [{ dealId: 'crux', dealName: 'Crux pilot' }],
      slipped: [{ dealId: 'acme', dealName: 'Acme rollout' }],
      gainedBlockers: [{ dealId: 'crux', dealName: 'Crux pilot' }],
      clearedBlockers: [],
      new: [{ dealId: 'fresh', dealName: 'A fresh deal' }],
      removed: [{ dealId: 'gone', dealName: 'Gone deal' }],
      changedCount: 5,
      unchangedCount: 1,
    });
  });

  it('lists every deal of either side by name, unchanged ones with no changes', () => {
    const { deals } = pipelineChanges(before, after);
    expect(deals.map((entry) => [entry.dealId, entry.presence, entry.changes.length])).toEqual([
      ['fresh', 'new', 1],
      ['acme', 'both', 1],
      ['bolt', 'both', 1],
      ['crux', 'both', 2],
      ['gone', 'removed', 1],
      ['same', 'both', 0],
    ]);
  });

  it('answers the same document whatever the order of the snapshots', () => {
    const expected = JSON.stringify(pipelineChanges(before, after));
    expect(JSON.stringify(pipelineChanges([...before].reverse(), [...after].reverse()))).toBe(expected);
    expect(JSON.stringify(pipelineChanges([before[2], before[0], before[4], before[1], before[3]] as DealSnapshot[], after))).toBe(expected);
  });

  it('runs backwards too: what advanced now fell back, what was new is removed', () => {
    const { summary } = pipelineChanges(after, before);
    expect(summary.advanced.map((ref) => ref.dealId)).toEqual(['crux']);
    expect(summary.fellBack.map((ref) => ref.dealId)).toEqual(['bolt']);
    expect(summary.slipped).toEqual([]);
    expect(summary.gainedBlockers).toEqual([]);
    expect(summary.clearedBlockers).toEqual([{ dealId: 'crux', dealName: 'Crux pilot' }]);
    expect(summary.new.map((ref) => ref.dealId)).toEqual(['gone']);
    expect(summary.removed.map((ref) => ref.dealId)).toEqual(['fresh']);
  });

  it('finds the engine\'s gaps opening when a saboteur appears in a qualified deal', () => {
    const healthy = healthySnapshot({ id: 'acme-erp' });
    const sabotaged = snapshotOf(buildDealWithSaboteur());
    const [changes] = pipelineChanges([healthy], [sabotaged]).deals;
    expect(changes?.gainedBlockers).toBe(true);
    expect(changes?.changes.flatMap((change) => (change.kind === 'gap-opened' ? [change.code] : []))).toContain('saboteur-unchecked');
    expect(changes?.changes.find((change) => change.kind === 'stance-changed')).toMatchObject({ stakeholderId: 'anders', from: 'supporter', to: 'saboteur' });
  });

  it('lists a deal whose saboteur turned neutral among the deals that cleared blockers', () => {
    const sabotaged = snapshotOf(buildDealWithSaboteur());
    const calmed = snapshotOf(withStakeholder(buildDealWithSaboteur(), 'anders', { stance: 'neutral' }));
    const { summary, deals } = pipelineChanges([sabotaged], [calmed]);
    expect(summary.clearedBlockers).toEqual([{ dealId: 'acme-erp', dealName: sabotaged.name }]);
    expect(summary.gainedBlockers).toEqual([]);
    expect(deals[0]).toMatchObject({ clearedBlockers: true, gainedBlockers: false });
    expect(deals[0]?.changes.flatMap((change) => (change.kind === 'gap-closed' ? [change.code] : []))).toContain('saboteur-unchecked');
  });

  it('finds nothing between two empty pipelines', () => {
    expect(pipelineChanges([], [])).toEqual({
      summary: { advanced: [], fellBack: [], slipped: [], gainedBlockers: [], clearedBlockers: [], new: [], removed: [], changedCount: 0, unchangedCount: 0 },
      deals: [],
    });
  });
});
