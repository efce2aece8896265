// The reason inside a deal file's problem, built from the zod issue's structure, reads in Swedish; English keeps the schema's words.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { fieldIssueText, fileProblemText } from '../../../shared/model/file-problem-text';
import { validateDeal, type FieldIssue } from '../../../shared/model/validation';
import { buildHealthyDeal } from '../../support/deal-builder';

const sv = dealmapIntl('sv');
const en = dealmapIntl('en');

type DealFile = Record<string, unknown> & { stakeholders: Record<string, unknown>[]; relations: Record<string, unknown>[] };

/** Item `index` of a list of the file, which the healthy deal has. */
function at(list: Record<string, unknown>[], index: number): Record<string, unknown> {
  const item = list[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}

/** The issues of a healthy deal file broken by `breakIt`, as the file holds it (plain JSON). */
function issuesOf(breakIt: (file: DealFile) => void): readonly FieldIssue[] {
  const file = JSON.parse(JSON.stringify(buildHealthyDeal())) as DealFile;
  breakIt(file);
  const validation = validateDeal(file);
  if (validation.ok) throw new Error('the broken deal validated');
  return validation.issues;
}

function firstInSwedish(breakIt: (file: DealFile) => void): string {
  const [issue] = issuesOf(breakIt);
  return issue === undefined ? '' : `${issue.path}: ${fieldIssueText(sv, issue)}`;
}

describe('a deal file issue in Swedish', () => {
  it.each([
    ['a wrong type', (f: DealFile) => void (at(f.stakeholders, 0).influence = 'high'), 'stakeholders[0].influence: ska vara ett tal, är en text'],
    ['a missing field', (f: DealFile) => void delete f.name, 'name: saknas: ska vara en text'],
    ['a number out of range', (f: DealFile) => void (at(f.stakeholders, 0).influence = 9), 'stakeholders[0].influence: ska vara ett tal på högst 5'],
    ['a fraction for an integer', (f: DealFile) => void (at(f.stakeholders, 0).influence = 2.5), 'stakeholders[0].influence: ska vara ett heltal, är ett tal'],
    ['an unknown code', (f: DealFile) => void (f.status = 'pending'), 'status: ska vara open, won eller lost'],
    ['a bad date', (f: DealFile) => void (f.closeDate = '31/12/2027'), 'closeDate: ska vara ett datum som ÅÅÅÅ-MM-DD'],
    ['an empty name', (f: DealFile) => void (f.name = ' '), 'name: får inte vara tom'],
    ['a duplicate id', (f: DealFile) => void (at(f.stakeholders, 1).id = at(f.stakeholders, 0).id), 'stakeholders[1].id: personens id ”eva” finns redan'],
    ['a relation to nobody', (f: DealFile) => void (at(f.relations, 0).to = 'ghost'), 'relations[0].to: ska vara id:t för en person i den här affären, är ”ghost”'],
    ['an unsupported version', (f: DealFile) => void (f.schemaVersion = 7), 'schemaVersion: ska vara 1 eller 2, de versioner av affärsfiler som den här Dealmap läser'],
    ['a deal id that cannot be a file name', (f: DealFile) => void (f.id = 'Acme ERP'), 'id: ska vara 1 till 64 tecken av a-z, 0-9 och -'],
    ['a currency that is no ISO code', (f: DealFile) => void (f.currency = 'kr'), 'currency: ska vara en valutakod med tre bokstäver enligt ISO 4217, till exempel SEK'],
  ])('says %s in Swedish', (_, breakIt, swedish) => {
    expect(firstInSwedish(breakIt)).toBe(swedish);
  });

  it('keeps the schema’s own English words, and every reason renders whole in both languages', () => {
    const issues = issuesOf((f) => {
      at(f.stakeholders, 0).influence = 'high';
      f.status = 'pending';
      delete f.name;
    });
    for (const issue of issues) {
      expect(fieldIssueText(en, issue)).toBe(issue.message);
      expect(issue.reason).toBeDefined();
      for (const intl of [en, sv]) expect(renderMessage(intl, issue.reason ?? { id: 'none' })).not.toMatch(/[{}]/);
    }
  });

  it('puts the Swedish reason into the problem’s line, the file and field as written', () => {
    const issues = issuesOf((f) => void (at(f.stakeholders, 0).influence = 9));
    const first = issues[0];
    if (first === undefined) throw new Error('no issue');
    const problem = { message: `deals/erp.json: ${first.path}: ${first.message}`, issues };
    expect(fileProblemText(sv, problem)).toBe('deals/erp.json: stakeholders[0].influence: ska vara ett tal på högst 5');
    expect(fileProblemText(en, problem)).toBe(problem.message);
  });
});
