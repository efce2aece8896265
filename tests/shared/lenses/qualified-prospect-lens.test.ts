// The default lens's six criteria, each shown missing, identified and validated on built deals.
import { describe, expect, it } from 'vitest';
import {
  buildDealWithSaboteur,
  decisionMaker,
  influences,
  stakeholder,
  withStakeholder,
} from '../../support/deal-builder';
import { buildFullyQualifiedDeal } from '../../support/lens-builders';
import { criterionOf, evidenceTexts } from './lens-test-helpers';

const full = buildFullyQualifiedDeal();
const of = (deal: typeof full, code: string) => criterionOf(deal, 'qualified-prospect', code);

describe('qualified-prospect lens: need', () => {
  it('is validated when the need is confirmed, as the stage rule reads it', () => {
    const result = of(full, 'need');
    expect(result.status).toBe('validated');
    expect(result.nextStep).toBeNull();
    expect(evidenceTexts(result)[0]).toBe('The need is confirmed: "Month-end close takes nine days".');
  });

  it('is identified when the need or the pain is written down but not confirmed', () => {
    const written = of({ ...full, need: { confirmed: false, summary: 'Close is slow' } }, 'need');
    expect(written.status).toBe('identified');
    expect(written.nextStep).toBe(
      'Ask Anders Holm what the problem costs Northwind AB and who feels it most, then mark the need confirmed.',
    );
    const painOnly = of({ ...full, need: { confirmed: false, summary: '' } }, 'need');
    expect(painOnly.status).toBe('identified');
    expect(painOnly.evidence).toContainEqual({
      text: 'Anders Holm (IT manager) confirmed the pain: "Month-end close takes nine days".',
      stakeholderIds: ['anders'],
    });
  });

  it('is missing when nothing says what the customer needs', () => {
    const result = of({ ...full, need: { confirmed: false, summary: '' }, pain: { text: '', confirmedBy: null } }, 'need');
    expect(result).toMatchObject({ status: 'missing', evidence: [] });
    expect(result.nextStep).toBe('Ask Eva Berg what problem Northwind AB needs solved, and write the need down.');
  });
});

describe('qualified-prospect lens: interest', () => {
  it('is validated when someone is discussing the benefits', () => {
    expect(of(full, 'interest')).toMatchObject({
      status: 'validated',
      evidence: [{ text: 'Eva Berg (CFO) is discussing the benefits.', stakeholderIds: ['eva'] }],
    });
  });

  it('is identified when people only want general information', () => {
    const result = of(withStakeholder(full, 'eva', { interest: 'general-info' }), 'interest');
    expect(result.status).toBe('identified');
    expect(evidenceTexts(result)).toEqual(['Eva Berg (CFO) and Anders Holm (IT manager) want general information.']);
    expect(result.nextStep).toMatch(/^Book a session with Eva Berg to compare the product/);
  });

  it('is missing when nobody has shown interest', () => {
    const cold = withStakeholder(withStakeholder(full, 'eva', { interest: 'none' }), 'anders', { interest: 'unknown' });
    expect(of(cold, 'interest')).toMatchObject({ status: 'missing', evidence: [] });
  });
});

describe('qualified-prospect lens: decision involvement', () => {
  it('is validated by an engaged decision-maker or by an ally with a path to one', () => {
    expect(of(full, 'decision-involvement').status).toBe('validated');
    const pathOnly = of(withStakeholder(full, 'eva', { interest: 'unknown', stance: 'neutral' }), 'decision-involvement');
    expect(pathOnly.status).toBe('validated');
    expect(pathOnly.evidence).toEqual([
      { text: 'Anders Holm (IT manager), a supporter, influences Eva Berg (CFO).', stakeholderIds: ['anders', 'eva'] },
    ]);
  });

  it('is identified when decision-makers are known but neither engaged nor reached', () => {
    const result = of({ ...withStakeholder(full, 'eva', { interest: 'none' }), relations: [] }, 'decision-involvement');
    expect(result.status).toBe('identified');
    expect(result.evidence).toEqual([{ text: 'Eva Berg (CFO) is on the map as a decision-maker.', stakeholderIds: ['eva'] }]);
    expect(result.nextStep).toContain('Eva Berg');
  });

  it('is missing without a decision-maker', () => {
    const result = of(withStakeholder(full, 'eva', { role: 'influencer' }), 'decision-involvement');
    expect(result.status).toBe('missing');
    expect(result.nextStep).toMatch(/who signs off a purchase like this/);
  });
});

describe('qualified-prospect lens: saboteurs', () => {
  it('is validated when every stance is known and no saboteur goes unchecked', () => {
    expect(evidenceTexts(of(full, 'saboteurs'))).toEqual([
      "No saboteur in the buying center, and every stakeholder's stance is known.",
    ]);
    const checked = {
      ...full,
      stakeholders: [...full.stakeholders, stakeholder({ id: 'olle', name: 'Olle Ek', stance: 'saboteur', influence: 2 })],
      relations: [...full.relations, influences('olle', 'eva', 3)],
    };
    const result = of(checked, 'saboteurs');
    expect(result.status).toBe('validated');
    expect(result.evidence[0]).toEqual({
      text: "Olle Ek works against the deal; Eva Berg's own support has at least as much sway over Eva Berg (15 against 6).",
      stakeholderIds: ['olle', 'eva'],
    });
  });

  it('is identified when no saboteur goes unchecked but some stances are unknown', () => {
    const result = of(withStakeholder(full, 'anders', { stance: 'unknown' }), 'saboteurs');
    expect(result.status).toBe('identified');
    expect(result.nextStep).toBe('Learn where Anders Holm stands on the deal.');
  });

  it('is missing with an unchecked saboteur, a saboteur decision-maker, or no stance known', () => {
    const unchecked = of(buildDealWithSaboteur(), 'saboteurs');
    expect(unchecked.status).toBe('missing');
    expect(unchecked.evidence[0]?.stakeholderIds).toEqual(['anders', 'eva']);
    expect(unchecked.nextStep).toBe(
      'Get someone with at least as much sway over Eva Berg (reach 9 or more) on your side, or meet Anders Nyström to hear out the objections.',
    );
    const deciding = of(withStakeholder(full, 'eva', { stance: 'saboteur' }), 'saboteurs');
    expect(deciding.status).toBe('missing');
    expect(deciding.evidence).toContainEqual({ text: 'Eva Berg (CFO) decides and works against the deal.', stakeholderIds: ['eva'] });
    const unknown = { ...full, stakeholders: full.stakeholders.map((person) => ({ ...person, stance: 'unknown' as const })) };
    expect(of(unknown, 'saboteurs').status).toBe('missing');
  });
});

describe('qualified-prospect lens: value case', () => {
  it('is validated with a benefit and a saving', () => {
    expect(evidenceTexts(of(full, 'value-case'))).toEqual([
      'Benefit: Close the books in three days.',
      'Saves 60,000 SEK on the price and 150,000 SEK in indirect costs.',
    ]);
  });

  it('is identified with only one of them, and asks for the other', () => {
    const noSavings = of({ ...full, valueCase: { ...full.valueCase, savings: { frontEnd: null, backEnd: 0 } } }, 'value-case');
    expect(noSavings.status).toBe('identified');
    expect(noSavings.nextStep).toMatch(/what the purchase saves Northwind AB/);
    const noBenefit = of({ ...full, valueCase: { ...full.valueCase, benefits: [{ kind: 'other', text: ' ' }] } }, 'value-case');
    expect(noBenefit.status).toBe('identified');
    expect(noBenefit.nextStep).toMatch(/on a benefit/);
  });

  it('is missing with neither', () => {
    const empty = { ...full, valueCase: { benefits: [], savings: { frontEnd: null, backEnd: null } } };
    expect(of(empty, 'value-case')).toMatchObject({ status: 'missing', evidence: [] });
  });
});

describe('qualified-prospect lens: referrals', () => {
  it('is validated once a referral is recorded', () => {
    expect(evidenceTexts(of(full, 'referrals'))).toEqual(['Northwind AB gave a referral: Fabrikam AB.']);
  });

  it('is identified when a champion can be asked, now if won, else once won', () => {
    const open = of({ ...full, referrals: [] }, 'referrals');
    expect(open.status).toBe('identified');
    expect(open.evidence[0]?.stakeholderIds).toEqual(['eva']);
    expect(open.nextStep).toBe(
      'Once the deal is won, ask Eva Berg who else might have the same need, and record the referrals on the deal.',
    );
    const won = of({ ...full, status: 'won', referrals: [] }, 'referrals');
    expect(won.nextStep).toMatch(/^Ask Eva Berg who else/);
  });

  it('is missing with no referral and nobody on our side to ask', () => {
    const noAllies = {
      ...full,
      referrals: [],
      stakeholders: [decisionMaker({ id: 'eva', name: 'Eva Berg', interest: 'committed' })],
      relations: [],
    };
    expect(of(noAllies, 'referrals')).toMatchObject({ status: 'missing', evidence: [] });
  });
});
