import { describe, expect, it } from 'vitest';
import {
  buildHealthyDeal,
  decisionMaker,
  influences,
  withStakeholder,
} from '../../support/deal-builder';
import { gapCodes, gapsWithCode, onlyGap } from './qualify-helpers';

describe('no-decision-maker', () => {
  const leaderless = withStakeholder(buildHealthyDeal(), 'eva', { role: 'influencer' });

  it('is a blocker when nobody has the role decision-maker', () => {
    const gap = onlyGap(leaderless, 'no-decision-maker');
    expect(gap.severity).toBe('blocker');
    expect(gap.nextAction).toContain('Ask Eva Berg who signs off a purchase like this');
  });

  it('is absent with a decision-maker', () => {
    expect(gapCodes(buildHealthyDeal())).not.toContain('no-decision-maker');
  });
});

describe('decision-maker-stance-unknown', () => {
  it('is a warning per decision-maker whose stance is unknown', () => {
    const deal = buildHealthyDeal({
      stakeholders: [
        ...buildHealthyDeal().stakeholders,
        decisionMaker({ id: 'johan', name: 'Johan Ny', title: 'CEO', stance: 'unknown' }),
        decisionMaker({ id: 'lena', stance: 'unknown' }),
      ],
    });
    const gaps = gapsWithCode(deal, 'decision-maker-stance-unknown');
    expect(gaps.map((gap) => gap.id)).toEqual([
      'decision-maker-stance-unknown:johan',
      'decision-maker-stance-unknown:lena',
    ]);
    expect(gaps[0]).toMatchObject({ severity: 'warning', stakeholderIds: ['johan'] });
    expect(gaps[0]?.message).toBe('Johan Ny (CEO) is a decision-maker, but nobody knows yet where they stand on this deal.');
  });

  it('is absent when every decision-maker has a known stance, or an unknown one is not a decision-maker', () => {
    expect(gapCodes(buildHealthyDeal())).not.toContain('decision-maker-stance-unknown');
    const deal = withStakeholder(buildHealthyDeal(), 'anders', { stance: 'unknown' });
    expect(gapCodes(deal)).not.toContain('decision-maker-stance-unknown');
  });
});

describe('decision-maker-saboteur', () => {
  const hostile = withStakeholder(buildHealthyDeal(), 'eva', { stance: 'saboteur' });

  it('is a blocker per decision-maker who is a saboteur', () => {
    const gap = onlyGap(hostile, 'decision-maker-saboteur');
    expect(gap).toMatchObject({ id: 'decision-maker-saboteur:eva', severity: 'blocker', stakeholderIds: ['eva'] });
    expect(gap.message).toBe('Eva Berg (CFO) is a decision-maker and works against the deal.');
  });

  it('replaces saboteur-unchecked for that saboteur', () => {
    const deal = buildHealthyDeal({
      stakeholders: [
        ...hostile.stakeholders,
        decisionMaker({ id: 'johan', stance: 'neutral', interest: 'general-info' }),
      ],
      relations: [...hostile.relations, influences('eva', 'johan', 3)],
    });
    expect(gapCodes(deal)).toContain('decision-maker-saboteur');
    expect(gapCodes(deal)).not.toContain('saboteur-unchecked');
  });

  it('is absent when no decision-maker is a saboteur', () => {
    expect(gapCodes(withStakeholder(buildHealthyDeal(), 'anders', { stance: 'saboteur' }))).not.toContain(
      'decision-maker-saboteur',
    );
  });
});

describe('stale-decision-maker', () => {
  const contactedOn = (lastContact: string | null | undefined) =>
    withStakeholder(buildHealthyDeal(), 'eva', { lastContact });

  it('is a warning when the last contact is 31 days before the review date', () => {
    const gap = onlyGap(contactedOn('2026-10-30'), 'stale-decision-maker');
    expect(gap).toMatchObject({ id: 'stale-decision-maker:eva', severity: 'warning', stakeholderIds: ['eva'] });
    expect(gap.message).toBe('Eva Berg (CFO) is a decision-maker and was last contacted on 2026-10-30, 31 days before 2026-11-30.');
    expect(gap.nextAction).toMatch(/^Book a meeting with Eva Berg to confirm/);
  });

  it('is absent at exactly 30 days, on the review date and after it', () => {
    for (const date of ['2026-10-31', '2026-11-30', '2026-12-05']) {
      expect(gapCodes(contactedOn(date))).not.toContain('stale-decision-maker');
    }
  });

  it('counts calendar days across a daylight-saving change and a leap day', () => {
    expect(gapCodes(contactedOn('2026-03-01'), '2026-03-31')).not.toContain('stale-decision-maker');
    expect(gapCodes(contactedOn('2028-02-01'), '2028-03-02')).not.toContain('stale-decision-maker');
    expect(gapCodes(contactedOn('2028-02-01'), '2028-03-03')).toContain('stale-decision-maker');
  });

  it('is a warning when the decision-maker was never contacted', () => {
    for (const lastContact of [null, undefined]) {
      expect(onlyGap(contactedOn(lastContact), 'stale-decision-maker').message).toBe(
        'Eva Berg (CFO) is a decision-maker but has never been contacted.',
      );
    }
  });

  it('concerns decision-makers only', () => {
    const deal = withStakeholder(buildHealthyDeal(), 'anders', { lastContact: null });
    expect(gapCodes(deal)).not.toContain('stale-decision-maker');
  });
});

describe('decision-maker-unengaged', () => {
  const distant = withStakeholder(buildHealthyDeal(), 'eva', { interest: 'none' });

  it('is one warning naming every decision-maker when none is at general-info or higher', () => {
    const deal = buildHealthyDeal({
      stakeholders: [
        ...distant.stakeholders,
        decisionMaker({ id: 'johan', name: 'Johan Ny', title: 'CEO', interest: 'unknown' }),
      ],
    });
    const gap = onlyGap(deal, 'decision-maker-unengaged');
    expect(gap).toMatchObject({ id: 'decision-maker-unengaged', severity: 'warning', stakeholderIds: ['eva', 'johan'] });
    expect(gap.message).toBe(
      'No decision-maker has shown interest yet: Eva Berg (CFO) and Johan Ny (CEO) have not asked even for general information.',
    );
    // Anders Holm, a supporter, influences Eva Berg, the most influential decision-maker.
    expect(gap.nextAction).toBe(
      'Send Eva Berg a short, personal overview of what the purchase would change for them, ' +
        'and ask Anders Holm, who supports the deal, to put in a good word.',
    );
  });

  it('asks for a meeting when no ally influences the most influential decision-maker', () => {
    const deal = buildHealthyDeal({
      stakeholders: [
        ...distant.stakeholders,
        decisionMaker({ id: 'johan', name: 'Johan Ny', influence: 2, interest: 'none' }),
      ],
      relations: [influences('anders', 'johan', 3)],
    });
    expect(onlyGap(deal, 'decision-maker-unengaged').nextAction).toBe(
      'Send Eva Berg a short, personal overview of what the purchase would change for them, and ask for a meeting.',
    );
  });

  it('is absent once one decision-maker asks for general information, and without decision-makers', () => {
    expect(gapCodes(withStakeholder(distant, 'eva', { interest: 'general-info' }))).not.toContain('decision-maker-unengaged');
    expect(gapCodes(withStakeholder(distant, 'eva', { role: 'influencer' }))).not.toContain('decision-maker-unengaged');
  });
});
