// Dates, amounts, flags and Salesforce ids as CRM exports write them.
import { describe, expect, it } from 'vitest';
import { dealmapIntl, renderMessage } from '../../../shared/i18n';
import { readAmount, readDate, readFlag, slashDateHint } from '../../../shared/import/cell-values';
import { salesforceChecksum, salesforceId18, salesforceIdKey } from '../../../shared/import/salesforce-id';
import { sniffDelimiter } from '../../../shared/import/sniff-delimiter';

describe('readDate', () => {
  it.each([
    ['2026-12-31', 'month-first', '2026-12-31'],
    ['2026-12-31T00:00:00.000Z', 'month-first', '2026-12-31'],
    ['12/31/2026', 'month-first', '2026-12-31'],
    ['31/12/2026', 'day-first', '2026-12-31'],
    ['31.12.2026', 'month-first', '2026-12-31'],
    ['03/04/2026', 'day-first', '2026-04-03'],
    ['03/04/2026', 'month-first', '2026-03-04'],
  ] as const)('%s read %s is %s', (text, order, expected) => {
    expect(readDate(text, order)).toEqual({ ok: true, value: expected });
  });

  it('names the bad value', () => {
    expect(readDate('next week', 'month-first')).toMatchObject({ ok: false, message: 'expected a date such as 2026-12-31, 12/31/2026 or 31.12.2026, got "next week"' });
    expect(readDate('2026-02-30', 'month-first')).toMatchObject({ ok: false, message: 'no such day: "2026-02-30"' });
  });

  it('tells day-first from month-first only when a part is above 12', () => {
    expect(slashDateHint('31/12/2026')).toBe('day-first');
    expect(slashDateHint('12/31/2026')).toBe('month-first');
    expect(slashDateHint('03/04/2026')).toBe('either');
  });
});

describe('readAmount', () => {
  it.each([
    ['1250000', 1250000, undefined],
    ['1,250,000.50', 1250000.5, undefined],
    ['1.250.000,50', 1250000.5, undefined],
    ['1 250 000 kr', 1250000, 'SEK'],
    ['EUR 1,500.00', 1500, 'EUR'],
    ['€1.500', 1500, 'EUR'],
    ['$2,000', 2000, 'USD'],
    ['¥1,000,000', 1000000, 'JPY'],
    ['12.5', 12.5, undefined],
  ])('%s is %d', (text, amount, currency) => {
    expect(readAmount(text)).toEqual({ ok: true, value: currency === undefined ? { amount } : { amount, currency } });
  });

  it('refuses negative and non-numbers', () => {
    expect(readAmount('-5')).toMatchObject({ ok: false, message: 'expected an amount of 0 or more, got "-5"' });
    const refused = readAmount('-5');
    expect(refused.ok ? null : renderMessage(dealmapIntl('sv'), refused.reason)).toBe('ska vara ett belopp på 0 eller mer, står "-5"');
    expect(readAmount('lots')).toMatchObject({ ok: false });
  });
});

it('reads flags as true/false, 1/0, yes/no in any case', () => {
  for (const text of ['true', 'TRUE', '1', 'yes']) expect(readFlag(text)).toEqual({ ok: true, value: true });
  for (const text of ['false', 'False', '0', 'no', '']) expect(readFlag(text)).toEqual({ ok: true, value: false });
  expect(readFlag('maybe')).toMatchObject({ ok: false });
});

describe('Salesforce ids', () => {
  it('computes the 18-character form Salesforce shows', () => {
    // The documented example: 001A0000006Vm9r -> 001A0000006Vm9rIAC.
    expect(salesforceChecksum('001A0000006Vm9r')).toBe('IAC');
    expect(salesforceId18('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
  });

  it('matches the 15- and 18-character forms, also after a spreadsheet changed the letter case', () => {
    expect(salesforceIdKey('001A0000006Vm9rIAC')).toBe('001A0000006Vm9r');
    expect(salesforceIdKey('001a0000006vm9riac')).toBe('001A0000006Vm9r');
    expect(salesforceIdKey('001A0000006Vm9r')).toBe('001A0000006Vm9r');
  });
});

it('sniffs the separator from the header line, ignoring quoted ones', () => {
  expect(sniffDelimiter('Id,Name,"a;b"\n1;2;3;4')).toBe(',');
  expect(sniffDelimiter('Id;Name;Amount\r\n')).toBe(';');
  expect(sniffDelimiter('Id\tName\n')).toBe('\t');
});
