import { describe, expect, it } from 'vitest';
import { validateDeal } from '../../../shared/model/validation';
import {
  buildDeal,
  buildDealWithSaboteur,
  buildHealthyDeal,
  buildNewDeal,
  decisionMaker,
  influences,
  reportsTo,
  stakeholder,
  withStakeholder,
} from '../../support/deal-builder';
import { qualify } from './qualify-helpers';

describe('deal builders', () => {
  it('build deals that pass the deal file v1 schema', () => {
    const deals = [
      buildDeal(),
      buildHealthyDeal(),
      buildDealWithSaboteur(),
      buildNewDeal({ id: 'new-deal', name: 'New deal', account: 'Acme AB' }),
      buildDeal({
        stakeholders: [stakeholder({ id: 'olof-ek' }), decisionMaker({ id: 'eva', lastContact: null })],
        relations: [influences('olof-ek', 'eva', 1), reportsTo('olof-ek', 'eva')],
      }),
    ];
    for (const deal of deals) expect(validateDeal(deal)).toEqual({ ok: true, deal });
  });

  it('name stakeholders after their id', () => {
    expect(stakeholder({ id: 'olof-ek' }).name).toBe('Olof Ek');
  });

  it('give a healthy deal that is qualified, scores 100 and has no gaps', () => {
    expect(qualify(buildHealthyDeal())).toEqual({ lens: 'qualified-prospect', stage: 'qualified', score: 100, gaps: [] });
  });

  it('change one stakeholder without touching the others', () => {
    const deal = withStakeholder(buildHealthyDeal(), 'eva', { stance: 'unknown' });
    expect(deal.stakeholders.map((person) => person.stance)).toEqual(['unknown', 'supporter']);
  });
});
