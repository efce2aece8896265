// A deal field's value in history, clashes and the what-if: a stakeholder id as the person's name, text as typed and "—" for empty, in both languages.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage } from '../../../shared/i18n/dealmap-intl';
import { fieldValueWords } from '../../../shared/merge/coded-field-change';
import { dealChangeMessages } from '../../../shared/merge/describe-deal-changes';
import { wordsIn } from '../../../shared/merge/field-label';
import type { Deal } from '../../../shared/model/deal-schema';
import { holdsStakeholderId, STAKEHOLDER_ID_FIELDS } from '../../../shared/model/stakeholder-id-fields';
import { whatIfDifferences } from '../../../shared/whatif/what-if-differences';
import { dealSchemaPaths } from '../../support/deal-schema-paths';
import { buildHealthyDeal, influences, stakeholder, TEST_AS_OF } from '../../support/deal-builder';

const [en, sv] = [dealmapIntl('en'), dealmapIntl('sv')];

/** The healthy deal with Lars Ek added, nobody confirming the need and no pain written down. */
function savedDeal(): Deal {
  const base = buildHealthyDeal();
  return {
    ...base,
    need: { ...base.need, confirmedBy: null },
    pain: { text: '', confirmedBy: null },
    stakeholders: [...base.stakeholders, stakeholder({ id: 'lars', name: 'Lars Ek' })],
    relations: [influences('anders', 'eva', 3, 'r1')],
  };
}

describe('deal field values', () => {
  it('know every field of the deal schema that holds a stakeholder id', () => {
    const paths = dealSchemaPaths();
    const expected = paths.filter((path) => path.endsWith('.confirmedBy') || path === 'relations.*.from' || path === 'relations.*.to');
    expect([...STAKEHOLDER_ID_FIELDS].sort()).toEqual(expected.sort());
    expect(holdsStakeholderId(['metrics', 'm1', 'confirmedBy'])).toBe(true);
    expect(holdsStakeholderId(['stakeholders', 'eva', 'coveredBy'])).toBe(false);
  });

  it('name the person a confirmation or a relation end holds in the history, in Swedish and English', () => {
    const before = savedDeal();
    const after: Deal = { ...before, need: { ...before.need, confirmedBy: 'eva' }, relations: [influences('anders', 'lars', 3, 'r1')] };
    const changes = dealChangeMessages(before, after);
    expect(changes.map((change) => renderMessage(sv, change))).toEqual([
      'Behovet bekräftat av ändrades från — till Eva Berg',
      'relationen Anders Holm → Lars Ek › Relation till ändrades från Eva Berg till Lars Ek',
    ]);
    expect(changes.map((change) => renderMessage(en, change))).toEqual([
      'Need confirmed by — → Eva Berg',
      'relation Anders Holm → Lars Ek › Relation target Eva Berg → Lars Ek',
    ]);
  });

  it('keep an id no version has a person for', () => {
    expect(wordsIn(sv, fieldValueWords([savedDeal()], ['budget', 'confirmedBy'], 'ghost'))).toBe('ghost');
    expect(wordsIn(en, fieldValueWords([savedDeal()], ['metrics', 'm1', 'confirmedBy'], 'lars'))).toBe('Lars Ek');
  });

  it('show a what-if’s person by name and its text as typed, "—" for empty, in Swedish and English', () => {
    const saved = savedDeal();
    const scratch: Deal = { ...saved, need: { ...saved.need, confirmedBy: 'eva' }, pain: { text: 'Bokslutet tar nio dagar', confirmedBy: null }, owner: '' };
    const lines = whatIfDifferences(saved, scratch, { asOf: TEST_AS_OF }).filter((line) => line.kind === 'field');
    expect(lines.map((line) => renderMessage(sv, line.text))).toEqual([
      'Behovet bekräftat av: från — till Eva Berg',
      `Ansvarig: från ${saved.owner ?? 'inget'} till —`,
      'Problem: från — till Bokslutet tar nio dagar',
    ]);
    expect(lines.map((line) => renderMessage(en, line.text))).toEqual([
      'Need confirmed by: — → Eva Berg',
      `Owner: ${saved.owner ?? 'none'} → —`,
      'Pain: — → Bokslutet tar nio dagar',
    ]);
  });
});
