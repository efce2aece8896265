import { describe, expect, it } from 'vitest';
import { qualificationStage } from '../../../shared/engine/qualify-deal';
import type { Deal } from '../../../shared/model/deal-schema';
import {
  buildDeal,
  buildHealthyDeal,
  decisionMaker,
  influences,
  reportsTo,
  stakeholder,
  TEST_AS_OF,
} from '../../support/deal-builder';
import { qualify } from './qualify-helpers';

const NEED = { confirmed: true, summary: 'Month-end close takes nine days' };
const eva = decisionMaker({ id: 'eva', stance: 'neutral', interest: 'none' });
const anna = stakeholder({ id: 'anna', stance: 'supporter', interest: 'general-info' });

function stageOf(deal: Deal): string {
  const stage = qualificationStage(deal, { asOf: TEST_AS_OF });
  expect(qualify(deal).stage).toBe(stage);
  return stage;
}

describe('stage rule', () => {
  it('starts as a lead', () => {
    expect(stageOf(buildDeal())).toBe('lead');
  });

  it('stays a lead with interest but no confirmed need, or a confirmed need but no interest', () => {
    expect(stageOf(buildDeal({ stakeholders: [anna] }))).toBe('lead');
    expect(stageOf(buildDeal({ need: NEED, stakeholders: [{ ...anna, interest: 'none' }] }))).toBe('lead');
  });

  it('becomes a prospect with a confirmed need and someone at general-info', () => {
    expect(stageOf(buildDeal({ need: NEED, stakeholders: [anna, eva] }))).toBe('prospect');
  });

  it('becomes qualified when a decision-maker is engaged', () => {
    const engaged = { ...eva, interest: 'general-info' as const };
    expect(stageOf(buildDeal({ need: NEED, stakeholders: [{ ...anna, stance: 'neutral' }, engaged] }))).toBe('qualified');
  });

  it('becomes qualified when a supporter or champion has an influence path to a decision-maker', () => {
    const per = stakeholder({ id: 'per' });
    const relations = [influences('anna', 'per', 1), influences('per', 'eva', 1)];
    expect(stageOf(buildDeal({ need: NEED, stakeholders: [anna, eva, per], relations }))).toBe('qualified');
  });

  it('stays a prospect when the ally only reports to the decision-maker', () => {
    const relations = [reportsTo('anna', 'eva')];
    expect(stageOf(buildDeal({ need: NEED, stakeholders: [anna, eva], relations }))).toBe('prospect');
  });

  it('stays a prospect when the only ally is a decision-maker without interest (no path of one relation or more)', () => {
    const championWithoutInterest = { ...eva, stance: 'champion' as const };
    expect(stageOf(buildDeal({ need: NEED, stakeholders: [{ ...anna, stance: 'neutral' }, championWithoutInterest] }))).toBe(
      'prospect',
    );
  });

  it('does not qualify without a confirmed need, however engaged the decision-maker is', () => {
    expect(stageOf(buildHealthyDeal({ need: { confirmed: false, summary: '' } }))).toBe('lead');
  });

  it('takes customer and lost from the status, whatever the buying center', () => {
    expect(stageOf(buildDeal({ status: 'won' }))).toBe('customer');
    expect(stageOf(buildHealthyDeal({ status: 'lost' }))).toBe('lost');
  });
});

describe('stage rule: a blocker keeps a deal a prospect (issue 8)', () => {
  it('is never qualified when the only decision-maker is a saboteur, engaged or not', () => {
    const saboteur = decisionMaker({ id: 'eva', stance: 'saboteur', interest: 'discussing-benefits' });
    const deal = buildDeal({ need: NEED, stakeholders: [anna, saboteur], relations: [influences('anna', 'eva', 3)] });
    expect(qualify(deal).gaps.map((gap) => gap.code)).toContain('decision-maker-saboteur');
    expect(stageOf(deal)).toBe('prospect');
  });

  it('is a prospect while saboteur-unchecked stands, and qualified once an ally outweighs the saboteur', () => {
    const dm = decisionMaker({ id: 'eva', interest: 'general-info' });
    const lars = stakeholder({ id: 'lars', stance: 'saboteur', influence: 4, interest: 'general-info' });
    const ally = stakeholder({ id: 'anna', stance: 'supporter', influence: 4, interest: 'general-info' });
    const threatened = buildDeal({ need: NEED, stakeholders: [dm, lars, ally], relations: [influences('lars', 'eva', 3), influences('anna', 'eva', 1)] });
    expect(qualify(threatened).gaps.map((gap) => gap.code)).toContain('saboteur-unchecked');
    expect(stageOf(threatened)).toBe('prospect');
    const checked = { ...threatened, relations: [influences('lars', 'eva', 3), influences('anna', 'eva', 3)] };
    expect(stageOf(checked)).toBe('qualified');
  });
});
