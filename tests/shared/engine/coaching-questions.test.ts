import { describe, expect, it } from 'vitest';
import { coachingQuestions } from '../../../shared/engine/coaching-questions';
import { GAP_CODES, type Gap, type GapCode } from '../../../shared/engine/types';
import type { Deal } from '../../../shared/model/deal-schema';
import {
  buildDeal,
  buildDealWithSaboteur,
  buildHealthyDeal,
  decisionMaker,
  influences,
  stakeholder,
  withStakeholder,
} from '../../support/deal-builder';
import { onlyRawGap as onlyGap, qualifyRaw as qualify } from './qualify-helpers';

/** Built deals that, together, have a gap of every code. */
function dealsWithEveryGap(): Deal[] {
  const lars = stakeholder({ id: 'lars', name: 'Lars Ek', stance: 'saboteur', influence: 5, interest: 'general-info' });
  return [
    buildDeal(),
    buildDeal({ lens: 'bant' }),
    buildDeal({ lens: 'meddpicc' }),
    buildDealWithSaboteur(),
    buildHealthyDeal({ status: 'won' }),
    buildDeal({ closeDate: '2026-11-21', forecastCategory: 'commit' }),
    buildHealthyDeal({
      stakeholders: [
        decisionMaker({ id: 'eva', name: 'Eva Berg', stance: 'unknown', lastContact: null }),
        decisionMaker({ id: 'olle', name: 'Olle Sand', stance: 'saboteur' }),
        decisionMaker({ id: 'siv', name: 'Siv Ek', stance: 'skeptic' }),
        lars,
      ],
      relations: [influences('lars', 'eva', 3)],
    }),
  ];
}

function gapOfEveryCode(): Map<GapCode, { gap: Gap; deal: Deal }> {
  const found = new Map<GapCode, { gap: Gap; deal: Deal }>();
  for (const deal of dealsWithEveryGap()) {
    for (const gap of qualify(deal).gaps) if (!found.has(gap.code)) found.set(gap.code, { gap, deal });
  }
  return found;
}

describe('coachingQuestions', () => {
  it('asks one or two questions for every gap code, with and without the deal', () => {
    const found = gapOfEveryCode();
    for (const code of GAP_CODES) {
      const entry = found.get(code);
      expect(entry, code).toBeDefined();
      if (entry === undefined) continue;
      for (const questions of [coachingQuestions(entry.gap, entry.deal), coachingQuestions(entry.gap)]) {
        expect(questions.length, code).toBeGreaterThanOrEqual(1);
        expect(questions.length, code).toBeLessThanOrEqual(2);
        for (const question of questions) expect(question, code).toMatch(/^[A-Z].*\?$/);
      }
    }
  });

  it('asks who signs when nobody decides', () => {
    const deal = buildDeal();
    expect(coachingQuestions(onlyGap(deal, 'no-decision-maker'), deal)[0]).toBe(
      'Who signs the contract, and what do they need to hear from us?',
    );
  });

  it('names the saboteur and the decision-maker they sway', () => {
    const deal = buildDealWithSaboteur();
    expect(coachingQuestions(onlyGap(deal, 'saboteur-unchecked'), deal)).toEqual([
      'What does Anders Nyström gain if this deal fails, and lose if it succeeds?',
      'Who on our side has more sway over Eva Berg than Anders Nyström has?',
    ]);
  });

  it('names the decision-maker of a per-stakeholder gap, and the account', () => {
    const deal = withStakeholder(buildHealthyDeal(), 'eva', { lastContact: '2026-09-01' });
    expect(coachingQuestions(onlyGap(deal, 'stale-decision-maker'), deal)[0]).toBe(
      'When did you last speak with Eva Berg, and what has changed since?',
    );
    const unconfirmed = buildHealthyDeal({ need: { confirmed: false, summary: '' } });
    expect(coachingQuestions(onlyGap(unconfirmed, 'need-unconfirmed'), unconfirmed)[0]).toContain('Northwind AB');
  });

  it('speaks of roles, not names, without the deal', () => {
    const gap = onlyGap(buildDealWithSaboteur(), 'saboteur-unchecked');
    expect(coachingQuestions(gap)[1]).toBe('Who on our side has more sway over the decision-maker than the saboteur has?');
  });
});
