// The what-if difference sees everything a move changes (issue 8), not only gaps, stage and score.
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../support/english-gaps';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { compareQualifications } from '../../../shared/whatif/compare-qualifications';
import { applyMoves } from '../../../shared/whatif/apply-moves';
import { whatIfDifferences } from '../../../shared/whatif/what-if-differences';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import { buildDealWithSaboteur, buildHealthyDeal, influences, stakeholder, TEST_AS_OF } from '../../support/deal-builder';

const options = { asOf: TEST_AS_OF };

function texts(saved: Parameters<typeof whatIfDifferences>[0], scratch: Parameters<typeof whatIfDifferences>[1]): string[] {
  return whatIfDifferences(saved, scratch, options).map((line) => inEnglish(line.text));
}

describe('whatIfDifferences', () => {
  it('names a lens criterion a move raises, where gaps, stage and score may not move (Budget missing → identified)', () => {
    const saved = buildHealthyDeal({ lens: 'bant' });
    const scratch = applyMoves(saved, [{ kind: 'set-budget', amount: 480000, placeholders: ['amount'] }]);
    expect(texts(saved, scratch)).toEqual([
      'Raises Budget from missing to identified',
      'Placeholder added: the budget amount is "480000", a placeholder until someone at Northwind AB answers',
      'Budget amount: — → 480000',
    ]);
  });

  it('words the placeholder added in Swedish too, the field and the account included', () => {
    const saved = buildHealthyDeal({ lens: 'bant' });
    const scratch = applyMoves(saved, [{ kind: 'set-budget', amount: 480000, placeholders: ['amount'] }]);
    const placeholder = whatIfDifferences(saved, scratch, options).find((line) => line.kind === 'placeholder');
    expect(placeholder && renderMessage(dealmapIntl('sv'), placeholder.text)).toBe(
      'Antaget värde tillagt: budgetbeloppet är "480000", en platshållare tills någon på Northwind AB svarar',
    );
  });

  it('names a stance that changed, even when the verdict does not move (Neutral → Skeptic)', () => {
    const saved = buildHealthyDeal({ stakeholders: [...buildHealthyDeal().stakeholders, stakeholder({ id: 'ola', name: 'Ola Berg' })] });
    const scratch = applyMoves(saved, [{ kind: 'set-stance', stakeholderId: 'ola', stance: 'skeptic' }]);
    const diff = compareQualifications(qualifyDeal(saved, options), qualifyDeal(scratch, options));
    expect(diff).toMatchObject({ scoreChange: 0, gapsClosed: [], gapsOpened: [] });
    expect(texts(saved, scratch)).toEqual(["Ola Berg's stance changed from neutral to skeptic."]);
  });

  it('names an influence raised by Outweigh, and interest, role and contact changes', () => {
    const base = buildDealWithSaboteur();
    const saved = { ...base, stakeholders: [...base.stakeholders, stakeholder({ id: 'ola', name: 'Ola Berg', stance: 'supporter', influence: 4 })], relations: [...base.relations, influences('ola', 'eva', 1, 'r2')] };
    const scratch = applyMoves(saved, [
      { kind: 'set-relation-strength', relationId: 'r2', strength: 3 },
      { kind: 'set-interest', stakeholderId: 'eva', interest: 'committed' },
      { kind: 'set-last-contact', stakeholderId: 'ola', lastContact: '2026-11-30' },
    ]);
    const lines = texts(saved, scratch);
    expect(lines).toContain("Eva Berg's interest rose from general-info to committed.");
    expect(lines.some((line) => /Ola Berg.*Eva Berg.*1.*3/.test(line))).toBe(true);
    expect(lines).toContain('Ola Berg › Last contact: 2026-11-20 → 2026-11-30');
    expect(lines).toContain('Ola Berg influences Eva Berg: strength changed from 1 to 3.');
  });

  it('is empty for the saved deal itself and for moves that change nothing', () => {
    const saved = buildHealthyDeal();
    expect(texts(saved, saved)).toEqual([]);
    expect(texts(saved, applyMoves(saved, [{ kind: 'set-stance', stakeholderId: 'eva', stance: 'champion' }]))).toEqual([]);
  });
});
