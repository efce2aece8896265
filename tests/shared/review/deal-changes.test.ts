// dealChanges: every kind of change, found both ways (there and back), with its one-line text.
import { describe, expect, it } from 'vitest';
import type { DealChanges } from '../../../shared/review/change-types';
import { englishChange } from '../../support/english-actions';
import { dealChanges } from '../../../shared/review/deal-changes';
import type { DealSnapshot } from '../../../shared/review/deal-snapshot';
import { BLOCKER, healthySnapshot, STALE_EVA, withGaps, withPerson, withStage } from './snapshot-builder';

const base = healthySnapshot();

/** The changes with each line in English, as `text`. */
function changesFrom(before: DealSnapshot, after: DealSnapshot) {
  return dealChanges(before, after).changes.map(englishChange);
}

function inEnglish(result: DealChanges) {
  return { ...result, changes: result.changes.map(englishChange) };
}

describe('dealChanges on the buying center', () => {
  const karin = { id: 'karin', name: 'Karin Holm', title: 'CIO', role: 'user', stance: 'skeptic', interest: 'none', influence: 2 } as const;
  const withKarin = { ...base, stakeholders: [...base.stakeholders, karin] };

  it('finds a stakeholder added, and removed on the way back', () => {
    expect(changesFrom(base, withKarin)).toEqual([
      {
        kind: 'stakeholder-added',
        stakeholderId: 'karin',
        stakeholderName: 'Karin Holm',
        text: 'Karin Holm (CIO) joined the buying center as user, skeptic.',
      },
    ]);
    expect(changesFrom(withKarin, base)).toEqual([
      { kind: 'stakeholder-removed', stakeholderId: 'karin', stakeholderName: 'Karin Holm', text: 'Karin Holm (CIO) left the buying center.' },
    ]);
  });

  it.each([
    ['stance-changed', { stance: 'skeptic' }, "Eva Berg's stance changed from champion to skeptic.", "Eva Berg's stance changed from skeptic to champion."],
    ['role-changed', { role: 'influencer' }, "Eva Berg's role changed from decision-maker to influencer.", "Eva Berg's role changed from influencer to decision-maker."],
    ['interest-changed', { interest: 'committed' }, "Eva Berg's interest rose from discussing-benefits to committed.", "Eva Berg's interest fell from committed to discussing-benefits."],
    ['influence-changed', { influence: 2 }, "Eva Berg's influence fell from 5 to 2.", "Eva Berg's influence rose from 2 to 5."],
  ] as const)('finds %s from -> to, and back', (kind, change, forward, backward) => {
    const changed = withPerson(base, 'eva', change);
    const field = Object.keys(change)[0] as keyof typeof change;
    const before = base.stakeholders[0]?.[field];
    const after = change[field];
    expect(changesFrom(base, changed)).toEqual([
      { kind, stakeholderId: 'eva', stakeholderName: 'Eva Berg', from: before, to: after, text: forward },
    ]);
    expect(changesFrom(changed, base)).toEqual([
      { kind, stakeholderId: 'eva', stakeholderName: 'Eva Berg', from: after, to: before, text: backward },
    ]);
  });

  it('lists one person\'s changes in the order stance, role, interest, influence', () => {
    const changed = withPerson(base, 'anders', { influence: 4, interest: 'none', role: 'gatekeeper', stance: 'saboteur' });
    expect(changesFrom(base, changed).map((change) => change.kind)).toEqual([
      'stance-changed',
      'role-changed',
      'interest-changed',
      'influence-changed',
    ]);
  });

  it('finds a relation added and removed, naming both people and the strength', () => {
    const withoutInfluence = { ...base, relations: base.relations.filter((relation) => relation.kind !== 'influences') };
    const added = changesFrom(withoutInfluence, base);
    expect(added).toEqual([
      {
        kind: 'relation-added',
        relationId: 'anders-influences-eva',
        relationKind: 'influences',
        fromStakeholderId: 'anders',
        toStakeholderId: 'eva',
        strength: 3,
        text: 'New relation: Anders Holm influences Eva Berg (strength 3).',
      },
    ]);
    expect(changesFrom(base, withoutInfluence)).toEqual([
      { ...added[0], kind: 'relation-removed', text: 'Relation gone: Anders Holm influences Eva Berg (strength 3).' },
    ]);
  });

  it('finds a reporting line removed, without a strength', () => {
    const withoutReporting = { ...base, relations: base.relations.filter((relation) => relation.kind !== 'reports-to') };
    expect(changesFrom(base, withoutReporting)).toMatchObject([
      { kind: 'relation-removed', strength: null, text: 'Relation gone: Anders Holm reports to Eva Berg.' },
    ]);
  });

  it('finds a strength changed and changed back', () => {
    const weaker = { ...base, relations: base.relations.map((relation) => (relation.kind === 'influences' ? { ...relation, strength: 1 } : relation)) };
    expect(changesFrom(base, weaker)).toMatchObject([
      { kind: 'relation-strength-changed', relationId: 'anders-influences-eva', from: 3, to: 1, text: 'Anders Holm influences Eva Berg: strength changed from 3 to 1.' },
    ]);
    expect(changesFrom(weaker, base)).toMatchObject([{ kind: 'relation-strength-changed', from: 1, to: 3 }]);
  });

  it('counts a relation whose ends changed under the same id as removed and added', () => {
    const reversed = {
      ...base,
      relations: base.relations.map((relation) => (relation.kind === 'influences' ? { ...relation, from: 'eva', to: 'anders' } : relation)),
    };
    expect(changesFrom(base, reversed).map((change) => change.kind)).toEqual(['relation-added', 'relation-removed']);
  });
});

describe('dealChanges on gaps', () => {
  it('finds gaps opened and closed, blockers first', () => {
    const gapped = withGaps(base, [STALE_EVA, BLOCKER]);
    expect(changesFrom(base, gapped)).toEqual([
      {
        kind: 'gap-opened',
        gapId: 'need-unconfirmed',
        code: 'need-unconfirmed',
        severity: 'blocker',
        message: 'The need is not confirmed.',
        text: 'Gap opened (blocker, need-unconfirmed): The need is not confirmed.',
      },
      {
        kind: 'gap-opened',
        gapId: 'stale-decision-maker:eva',
        code: 'stale-decision-maker',
        severity: 'warning',
        message: 'Eva Berg was last contacted more than 30 days ago.',
        text: 'Gap opened (warning, stale-decision-maker): Eva Berg was last contacted more than 30 days ago.',
      },
    ]);
    expect(changesFrom(gapped, base).map((change) => [change.kind, change.kind === 'gap-closed' && change.gapId])).toEqual([
      ['gap-closed', 'need-unconfirmed'],
      ['gap-closed', 'stale-decision-maker:eva'],
    ]);
  });

  it('treats a gap with the same id as the same gap, whatever its message now says', () => {
    const before = withGaps(base, [STALE_EVA]);
    const after = withGaps(base, [{ ...STALE_EVA, message: 'Eva Berg was last contacted 45 days ago.' }]);
    expect(changesFrom(before, after)).toEqual([]);
  });

  it('treats the same problem with another person as one gap closed and another opened', () => {
    const before = withGaps(base, [STALE_EVA]);
    const after = withGaps(base, [{ ...STALE_EVA, id: 'stale-decision-maker:anders', message: 'Anders Holm was last contacted long ago.' }]);
    expect(changesFrom(before, after).map((change) => change.kind)).toEqual(['gap-opened', 'gap-closed']);
  });

  it('flags gained blockers only when there are more blockers than before', () => {
    expect(dealChanges(base, withGaps(base, [BLOCKER])).gainedBlockers).toBe(true);
    expect(dealChanges(withGaps(base, [BLOCKER]), base).gainedBlockers).toBe(false);
    const otherBlocker = { ...BLOCKER, id: 'no-interest', code: 'no-interest' };
    expect(dealChanges(withGaps(base, [BLOCKER]), withGaps(base, [otherBlocker])).gainedBlockers).toBe(false);
    expect(dealChanges(base, withGaps(base, [STALE_EVA])).gainedBlockers).toBe(false);
  });

  it('flags cleared blockers only when there are fewer blockers than before', () => {
    expect(dealChanges(withGaps(base, [BLOCKER]), base)).toMatchObject({ clearedBlockers: true, gainedBlockers: false });
    expect(dealChanges(base, withGaps(base, [BLOCKER])).clearedBlockers).toBe(false);
    const otherBlocker = { ...BLOCKER, id: 'no-interest', code: 'no-interest' };
    expect(dealChanges(withGaps(base, [BLOCKER]), withGaps(base, [otherBlocker])).clearedBlockers).toBe(false);
    expect(dealChanges(withGaps(base, [STALE_EVA]), base).clearedBlockers).toBe(false);
    expect(dealChanges(withGaps(base, [BLOCKER]), undefined).clearedBlockers).toBe(false);
  });
});

describe('dealChanges on stage, amount and close date', () => {
  it.each([
    ['lead', 'prospect', 'advanced', 'Stage advanced from lead to prospect.'],
    ['prospect', 'lead', 'fell-back', 'Stage fell back from prospect to lead.'],
    ['qualified', 'customer', 'advanced', 'Stage advanced from qualified to customer.'],
    ['qualified', 'lost', 'fell-back', 'Stage fell back from qualified to lost.'],
    ['lead', 'lost', 'fell-back', 'Stage fell back from lead to lost.'],
    ['lost', 'lead', 'advanced', 'Stage advanced from lost to lead.'],
  ] as const)('%s -> %s is %s', (from, to, direction, text) => {
    const result = inEnglish(dealChanges(withStage(base, from), withStage(base, to)));
    expect(result.changes).toEqual([{ kind: 'stage-moved', from, to, direction, text }]);
    expect(result.advanced).toBe(direction === 'advanced');
    expect(result.fellBack).toBe(direction === 'fell-back');
  });

  it('finds the amount changed, and back, with the currency', () => {
    const bigger = { ...base, amount: 1250000.5 };
    expect(changesFrom(base, bigger)).toEqual([
      {
        kind: 'amount-changed',
        from: 480000,
        to: 1250000.5,
        fromCurrency: 'SEK',
        toCurrency: 'SEK',
        text: 'Amount changed from 480,000 SEK to 1,250,000.5 SEK.',
      },
    ]);
    expect(changesFrom(bigger, base)).toMatchObject([{ kind: 'amount-changed', from: 1250000.5, to: 480000 }]);
    expect(changesFrom(base, { ...base, amount: null })).toMatchObject([{ text: 'Amount changed from 480,000 SEK to none.' }]);
    expect(changesFrom(base, { ...base, currency: 'EUR' })).toMatchObject([{ text: 'Amount changed from 480,000 SEK to 480,000 EUR.' }]);
  });

  it.each([
    ['2027-02-28', '2027-04-30', true, 'Close date slipped from 2027-02-28 to 2027-04-30.'],
    ['2027-04-30', '2027-02-28', false, 'Close date pulled in from 2027-04-30 to 2027-02-28.'],
    ['2027-02-28', null, true, 'Close date removed (was 2027-02-28): the deal slipped.'],
    [null, '2027-02-28', false, 'Close date set to 2027-02-28.'],
  ] as const)('close date %s -> %s: slipped %s', (from, to, slipped, text) => {
    const result = inEnglish(dealChanges({ ...base, closeDate: from }, { ...base, closeDate: to }));
    expect(result.changes).toEqual([{ kind: 'close-date-changed', from, to, slipped, text }]);
    expect(result.slipped).toBe(slipped);
  });

  it('finds nothing when nothing changed', () => {
    expect(dealChanges(base, healthySnapshot())).toMatchObject({ presence: 'both', changes: [], advanced: false, slipped: false, gainedBlockers: false, clearedBlockers: false });
  });
});

describe('dealChanges on deals new and gone', () => {
  it('reports a new deal with its stage and blockers, and nothing else', () => {
    const result = inEnglish(dealChanges(undefined, withGaps(withStage(base, 'lead'), [BLOCKER])));
    expect(result).toMatchObject({
      dealId: 'northwind-erp',
      presence: 'new',
      stageBefore: null,
      stageAfter: 'lead',
      blockersBefore: null,
      blockersAfter: 1,
      changes: [{ kind: 'deal-new', text: 'New since the review (lead, 1 blocker).' }],
    });
  });

  it('reports a deal gone since the review', () => {
    expect(inEnglish(dealChanges(base, undefined))).toMatchObject({
      presence: 'removed',
      stageBefore: 'qualified',
      stageAfter: null,
      changes: [{ kind: 'deal-removed', text: 'Gone since the review: deleted or no longer in the workspace (was qualified, 0 blockers).' }],
    });
  });

  it('refuses to compare nothing with nothing', () => {
    expect(() => dealChanges(undefined, undefined)).toThrow(RangeError);
  });
});

describe('dealChanges order', () => {
  it('lists stage, close date, amount, people, relations, then gaps, whatever the input order', () => {
    const after = withGaps(
      withPerson(
        {
          ...withStage(base, 'prospect'),
          amount: 1,
          closeDate: '2027-06-01',
          stakeholders: [...base.stakeholders].reverse(),
          relations: base.relations.filter((relation) => relation.kind === 'reports-to'),
        },
        'anders',
        { stance: 'neutral' },
      ),
      [BLOCKER],
    );
    const kinds = changesFrom(base, after).map((change) => change.kind);
    expect(kinds).toEqual(['stage-moved', 'close-date-changed', 'amount-changed', 'stance-changed', 'relation-removed', 'gap-opened']);
    expect(changesFrom(base, after)).toEqual(changesFrom(base, { ...after, stakeholders: [...after.stakeholders].reverse() }));
  });

  it('sorts added people by name', () => {
    const people = ['zoe', 'adam', 'mia'].map((id) => ({ ...karinLike(id) }));
    const after = { ...base, stakeholders: [...base.stakeholders, ...people] };
    expect(changesFrom(base, after).map((change) => ('stakeholderId' in change ? change.stakeholderId : ''))).toEqual(['adam', 'mia', 'zoe']);
  });
});

function karinLike(id: string) {
  return { id, name: id.toUpperCase(), title: null, role: 'user', stance: 'neutral', interest: 'none', influence: 1 } as const;
}
