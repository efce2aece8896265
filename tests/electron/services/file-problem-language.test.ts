// A deal file that is not JSON, is null, is too new or is misnamed: the English line as before, its reason in Swedish from where the parser stopped.
import { describe, expect, it } from 'vitest';
import { judgeDealText } from '../../../electron/services/read-deal-file';
import { serializeDeal } from '../../../electron/services/deal-file-order';
import { dealmapIntl } from '../../../shared/i18n';
import { fileProblemText } from '../../../shared/model/file-problem-text';
import { buildHealthyDeal } from '../../support/deal-builder';

const sv = dealmapIntl('sv');
const en = dealmapIntl('en');

function lines(text: string, name = 'erp.json') {
  const read = judgeDealText(text, name, `deals/${name}`);
  if (read.kind !== 'problem') throw new Error('the file was read');
  return { en: fileProblemText(en, read.problem), sv: fileProblemText(sv, read.problem), message: read.problem.message };
}

describe('a deal file problem in Swedish', () => {
  it('names the line and column where the JSON parser stopped (the token after a missing comma), and keeps the English line', () => {
    const broken = lines('{\n  "id": "erp",\n  "name": "ERP"\n  "account": "A"\n}');
    expect(broken.en).toBe(broken.message);
    expect(broken.en).toMatch(/^deals\/erp\.json: not valid JSON: /);
    expect(broken.sv).toBe('deals/erp.json: inte giltig JSON: något är fel på rad 4, kolumn 3');
  });

  it('says a file cut off ends too early', () => {
    expect(lines('{"id": "erp", "name": ').sv).toBe('deals/erp.json: inte giltig JSON: filen tar slut för tidigt (avklippt?)');
  });

  it('says null, a newer version and a file name that does not match in Swedish', () => {
    expect(lines('null').sv).toBe('deals/erp.json: ska vara ett affärsobjekt, är null');
    expect(lines(JSON.stringify({ schemaVersion: 99 })).sv).toBe('deals/erp.json: schemaVersion: version 99 är nyare än den här Dealmap kan läsa (2); uppdatera Dealmap för att öppna filen');
    const deal = buildHealthyDeal();
    const misnamed = lines(serializeDeal(deal), 'other.json');
    expect(misnamed.sv).toBe(`deals/other.json: id: ”${deal.id}” stämmer inte med filnamnet; filen ska heta ${deal.id}.json`);
    expect(misnamed.en).toBe(misnamed.message);
  });
});
