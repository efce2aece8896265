// The one-to-one pack in Swedish: its own headings, opening page, deal pages and table hold no English line.
import { describe, expect, it } from 'vitest';
import { ownerPackHtml } from '../../../shared/export/review-pack-owner-html';
import { ownerPackMarkdown } from '../../../shared/export/review-pack-owner-markdown';
import { ownerPackModel } from '../../../shared/export/review-pack-owner-model';
import { CATALOGS } from '../../../shared/i18n';
import { ownerPack, SETTINGS } from './owner-pack-fixture';

/** Every English text of the pack's own words: a fixed message whole, or a message's words before its first value. */
function englishPhrases(): string[] {
  const keys = Object.keys(CATALOGS.en).filter((key) => key.startsWith('one-to-one.') || key.startsWith('export.severity.'));
  return keys
    .map((key) => (CATALOGS.en[key] ?? '').split('{')[0]?.trim() ?? '')
    .filter((phrase) => /[a-z]{3}/.test(phrase) && phrase !== 'Leads')
    .map((phrase) => phrase.replace(/[:.]$/, ''));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The pack's own words in HTML: titles, headings, labels, notes and table heads (the map and the engine's lines left out). */
function ownHtmlTexts(html: string): string[] {
  const pattern = /<(title|h1|h2|h3|th|strong|p class="muted"|p class="print-hint"|span class="why"|p)>([\s\S]*?)<\/(?:title|h1|h2|h3|th|strong|p|span)>/g;
  return [...html.replace(/<svg[\s\S]*?<\/svg>/g, '').matchAll(pattern)].map((match) => (match[2] ?? '').replace(/<[^>]+>/g, ''));
}

/** The pack's own lines in Markdown: headings, labels, notes in italics and table heads. */
function ownMarkdownTexts(markdown: string): string[] {
  const lines = markdown.split('\n');
  const tableHeads = lines.filter((line, index) => line.startsWith('| ') && (lines[index + 1] ?? '').startsWith('| ---'));
  const labels = lines.flatMap((line) => [...line.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1] ?? ''));
  return [...lines.filter((line) => /^(#|_|- (Nästa steg|Fråga|Ställs))/.test(line)), ...tableHeads, ...labels];
}

describe('the one-to-one pack in a language', () => {
  it('holds no English heading or fixed line in Swedish, in HTML and in Markdown', async () => {
    const input = { ...(await ownerPack({ settings: { ...SETTINGS } })), language: 'sv' as const };
    const html = ownerPackHtml(input);
    const { markdown } = ownerPackMarkdown(input);
    const phrases = englishPhrases();
    expect(phrases.length).toBeGreaterThan(40);
    const own = [...ownHtmlTexts(html), ...ownMarkdownTexts(markdown)];
    expect(own.length).toBeGreaterThan(60);
    expect(own.flatMap((text) => phrases.filter((phrase) => new RegExp(`\\b${escapeRegExp(phrase)}\\b`).test(text)).map((phrase) => `${phrase} in ${text}`))).toEqual([]);
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h2>Tre frågor för veckan</h2>');
    expect(markdown).toMatch(/^# Samtalsunderlag: Sara Lind — /);
    expect(markdown).toContain('## Motorn ifrågasätter 1 commit');
    expect(markdown).toContain('  - Fråga: *');
  });

  it('writes the opening page, verdicts and the rest table in Swedish, money as sv-SE writes it', async () => {
    const model = ownerPackModel({ ...(await ownerPack()), language: 'sv' });
    expect(model.opening.numbers.map(([label]) => label)).toContain('Öppet belopp');
    expect(model.opening.numbers.find(([label]) => label === 'Öppet belopp')?.[1]).toBe(
      '122\u00a0000 EUR (kurser från 2026-11-28; 820\u00a0000 SEK + 40\u00a0000 EUR; ej medräknat: 9\u00a0000\u00a0000 JPY (kurs saknas))',
    );
    expect(model.opening.changes).toContainEqual(['Fick nya stopp', 'ERP replacement — Northwind AB']);
    expect(model.pages.map((page) => page.why)).toEqual(['Ändrad sedan genomgången', 'I fara', 'I fara', 'I fara']);
    const yen = model.pages.find((page) => page.dealId === 'yen-lead');
    expect(yen?.verdict.find(([label]) => label === 'Belopp')?.[1]).toBe('9\u00a0000\u00a0000 JPY (ingen kurs till EUR)');
    expect(yen?.gaps.map((gap) => gap.severity)).toContain('Stopp');
    expect(model.table.title).toBe('Övriga affärer');
    expect(model.table.rows).toEqual([['Payroll — Litware AB', 'Kvalificerad', '100', 'Best case', '480\u00a0000 SEK (48\u00a0000 EUR)', '2027-02-28', '—']]);
  });

  it('stays English without a language, its severity coloured by code in both', async () => {
    const english = ownerPackHtml(await ownerPack());
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<strong class="gap-blocker">Blocker</strong>');
    expect(ownerPackHtml({ ...(await ownerPack()), language: 'sv' })).toContain('<strong class="gap-blocker">Stopp</strong>');
  });
});
