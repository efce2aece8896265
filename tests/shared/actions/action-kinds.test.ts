import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../support/english-gaps';
import { rankNextActions } from '../../../shared/actions/rank-next-actions';
import { ACTION_KINDS, type ActionKind, type NextAction } from '../../../shared/actions/action-types';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { messageRef } from '../../../shared/i18n';
import type { GapCode } from '../../../shared/engine/types';
import type { Deal } from '../../../shared/model/deal-schema';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import {
  buildDeal,
  buildDealWithSaboteur,
  buildHealthyDeal,
  decisionMaker,
  influences,
  stakeholder,
  TEST_AS_OF,
  withStakeholder,
} from '../../support/deal-builder';

const anna = stakeholder({ id: 'anna', name: 'Anna Holm', title: 'Controller', stance: 'supporter', influence: 4, interest: 'general-info' });

/** For each kind: a built deal that needs it, and the gap the action should close there. */
const CASES: Record<ActionKind, { deal: () => Deal; closes: GapCode; title: string }> = {
  'confirm-need': {
    deal: () => buildHealthyDeal({ need: { confirmed: false, summary: '' } }),
    closes: 'need-unconfirmed',
    title: 'Confirm the need with Eva Berg (CFO)',
  },
  'name-decision-maker': {
    deal: () => buildDeal({ stakeholders: [anna] }),
    closes: 'no-decision-maker',
    title: 'Ask Anna Holm who signs off the purchase, and add them to the map',
  },
  'engage-decision-maker': {
    deal: () => withStakeholder(buildHealthyDeal(), 'eva', { interest: 'none' }),
    closes: 'decision-maker-unengaged',
    title: 'Engage Eva Berg (CFO)',
  },
  'build-ally-path': {
    deal: () => buildHealthyDeal({ stakeholders: [decisionMaker({ id: 'eva', name: 'Eva Berg', title: 'CFO', interest: 'general-info' }), anna], relations: [] }),
    closes: 'no-ally-path',
    title: 'Build a path from Anna Holm (Controller) to Eva Berg (CFO)',
  },
  'win-over-saboteur': {
    deal: () => buildDealWithSaboteur(),
    closes: 'saboteur-unchecked',
    title: 'Win over Anders Nyström (IT Manager)',
  },
  'outweigh-saboteur': {
    deal: () => {
      const deal = buildDealWithSaboteur();
      return { ...deal, stakeholders: [...deal.stakeholders, anna], relations: [...deal.relations, influences('anna', 'eva', 1, 'r2')] };
    },
    closes: 'saboteur-unchecked',
    title: "Outweigh Anders Nyström (IT Manager): strengthen Anna Holm's sway over Eva Berg",
  },
  'answer-skeptic': {
    deal: () => withStakeholder(buildHealthyDeal(), 'eva', { stance: 'skeptic' }),
    closes: 'decision-maker-skeptic',
    title: "Hear out Eva Berg (CFO)'s doubts and answer them",
  },
  'deepen-interest': {
    deal: () => buildDealWithSaboteur(),
    closes: 'interest-shallow',
    title: 'Discuss the benefits with Eva Berg (CFO)',
  },
  'open-second-thread': {
    deal: () => withStakeholder(buildHealthyDeal(), 'anders', { interest: 'none' }),
    closes: 'single-threaded',
    title: 'Open a second thread: ask Eva Berg to introduce you to Anders Holm (IT manager)',
  },
  'name-benefit': { deal: () => buildDealWithSaboteur(), closes: 'no-benefits', title: 'Name a benefit with Eva Berg (CFO)' },
  'quantify-savings': { deal: () => buildDealWithSaboteur(), closes: 'no-savings-case', title: 'Quantify the savings with Eva Berg (CFO)' },
  'refresh-stale-contact': {
    deal: () => withStakeholder(buildHealthyDeal(), 'eva', { lastContact: '2026-08-01' }),
    closes: 'stale-decision-maker',
    title: 'Book a meeting with Eva Berg (CFO)',
  },
  'agree-close-date': {
    deal: () => buildHealthyDeal({ closeDate: '2026-11-21' }),
    closes: 'close-date-passed',
    title: 'Agree a new close date with Eva Berg (CFO)',
  },
  'ask-referral': { deal: () => buildHealthyDeal({ status: 'won' }), closes: 'referral-not-asked', title: 'Ask Eva Berg (CFO) for referrals' },
};

function gapCodesOf(deal: Deal): GapCode[] {
  return qualifyDeal(deal, { asOf: TEST_AS_OF }).gaps.map((gap) => gap.code);
}

function actionOfKind(deal: Deal, kind: string): NextAction {
  const action = rankNextActions(deal, { asOf: TEST_AS_OF }).find((candidate) => candidate.kind === kind);
  if (action === undefined) throw new Error(`no ${kind} action`);
  return action;
}

describe('each kind of next action', () => {
  it.each([...ACTION_KINDS])('%s appears on a deal that needs it and clears what it claims', (kind) => {
    const { deal: build, closes, title } = CASES[kind];
    const deal = build();
    expect(gapCodesOf(deal)).toContain(closes);
    const action = actionOfKind(deal, kind);
    expect(inEnglish(action.title)).toBe(title);
    expect(inEnglish(action.why)).toContain(`lears “${inEnglish(messageRef(`pipeline.gap-code.${closes}`))}”`);
    expect(gapCodesOf(applyMoves(deal, action.moves))).not.toContain(closes);
    // A referral and a new close date clear a gap that costs no points (the forecast gaps score nothing).
    expect(action.scoreGain > 0 || action.blockersCleared > 0 || kind === 'ask-referral' || kind === 'agree-close-date').toBe(true);
  });

  it('outweighs a saboteur by strengthening the ally path it already has, to the reach needed', () => {
    const action = actionOfKind(CASES['outweigh-saboteur'].deal(), 'outweigh-saboteur');
    // Anders reaches Eva with 3 x 3 = 9; Anna (influence 4) needs strength 3 to reach 12.
    expect(action.moves).toEqual([{ kind: 'set-relation-strength', relationId: 'r2', strength: 3 }]);
    // 10 for saboteurs-checked and 5 for the lens's Saboteurs criterion
    expect(action).toMatchObject({ blockersCleared: 1, scoreGain: 15 });
  });

  it('outweighs a saboteur with a new direct influence when the ally has no path', () => {
    const base = buildDealWithSaboteur();
    const deal = { ...base, stakeholders: [...base.stakeholders, { ...anna, influence: 5 }] };
    expect(actionOfKind(deal, 'outweigh-saboteur').moves).toEqual([{ kind: 'add-influence', from: 'anna', to: 'eva', strength: 2 }]);
  });

  it('opens threads with placeholders when nobody else is on the map', () => {
    const action = actionOfKind(buildDeal(), 'open-second-thread');
    expect(inEnglish(action.title)).toBe('Open threads with 2 new people');
    expect(action.moves.map((move) => move.kind)).toEqual(['add-stakeholder', 'add-stakeholder']);
    expect(gapCodesOf(applyMoves(buildDeal(), action.moves))).not.toContain('single-threaded');
  });

  it('wins over a decision-maker who is a saboteur', () => {
    const deal = withStakeholder(buildHealthyDeal(), 'eva', { stance: 'saboteur' });
    const action = actionOfKind(deal, 'win-over-saboteur');
    expect(action.id).toBe('win-over-saboteur:eva');
    expect(inEnglish(action.why)).toContain('Clears “Decision-maker saboteur”');
  });
});
