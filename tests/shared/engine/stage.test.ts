import { describe, expect, it } from 'vitest';
import { qualificationStage } from '../../../shared/engine/stage';
import type { Deal } from '../../../shared/model/deal-schema';
import {
  buildDeal,
  buildHealthyDeal,
  decisionMaker,
  influences,
  reportsTo,
  stakeholder,
} from '../../support/deal-builder';
import { qualify } from './qualify-helpers';

const NEED = { confirmed: true, summary: 'Month-end close takes nine days' };
const eva = decisionMaker({ id: 'eva', stance: 'neutral', interest: 'none' });
const anna = stakeholder({ id: 'anna', stance: 'supporter', interest: 'general-info' });

function stageOf(deal: Deal): string {
  const stage = qualificationStage(deal);
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
