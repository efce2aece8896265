// `--lang` and the system's locale: the CLI speaks Swedish or English, and report --json stays language-neutral.
import { beforeEach, describe, expect, it } from 'vitest';
import { cliLanguage, takeLanguageOption } from '../../../electron/cli/cli-language';
import { runCli } from '../../../electron/cli/run-cli';
import { buildDealWithSaboteur } from '../../support/deal-builder';
import { putDealFile, useTempWorkspace } from '../../support/temp-workspace';

const TODAY = '2026-12-01';
const workspace = useTempWorkspace();

async function run(argv: string[], env: Record<string, string | undefined>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env }, TODAY, workspace());
  return { code, stdout, stderr };
}

beforeEach(async () => {
  await putDealFile(workspace(), 'acme-erp.json', buildDealWithSaboteur());
});

describe('the CLI language', () => {
  it('takes --lang from anywhere on the line and refuses a language it does not speak', () => {
    expect(takeLanguageOption(['report', '--lang', 'sv', '.'])).toEqual({ ok: true, argv: ['report', '.'], lang: 'sv' });
    expect(takeLanguageOption(['report', '.', '--lang=en'])).toEqual({ ok: true, argv: ['report', '.'], lang: 'en' });
    expect(takeLanguageOption(['report', '.', '--lang', 'de'])).toEqual({ ok: false, message: '--lang expects en or sv, got "de".' });
    expect(takeLanguageOption(['report', '--lang'])).toMatchObject({ ok: false });
  });

  it('defaults to LC_ALL, then LC_MESSAGES, then LANG, then the Intl locale', () => {
    expect(cliLanguage(undefined, { LANG: 'sv_SE.UTF-8' }, 'en-US')).toBe('sv');
    expect(cliLanguage(undefined, { LC_MESSAGES: 'en_GB.UTF-8', LANG: 'sv_SE.UTF-8' }, 'sv-SE')).toBe('en');
    expect(cliLanguage(undefined, { LC_ALL: 'sv_SE.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' }, 'en-US')).toBe('sv');
    expect(cliLanguage(undefined, { LC_ALL: 'C' }, 'sv-SE')).toBe('en');
    expect(cliLanguage(undefined, {}, 'sv-SE')).toBe('sv');
    expect(cliLanguage('en', { LANG: 'sv_SE.UTF-8' }, 'sv-SE')).toBe('en');
  });

  it('reports in Swedish with --lang sv: table, gaps under it, scorecard and actions', async () => {
    const { code, stdout } = await run(['report', '.', '--lang', 'sv'], { LANG: 'en_GB.UTF-8' });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Affär\s+Steg\s+Poäng\s+Stopp\s+Varningar/);
    expect(stdout).toContain('prospekt');
    expect(stdout).toContain('Svagaste länk:');
    expect(stdout).toContain('Scorekort: ✓ bekräftad, ~ känd, · saknas.');
    expect(stdout).not.toContain('Weakest link');
  });

  it('reports in Swedish when the system speaks Swedish, and in English when it does not', async () => {
    expect((await run(['report', '.'], { LANG: 'sv_SE.UTF-8' })).stdout).toMatch(/^Affär\s+Steg/);
    expect((await run(['report', '.'], { LANG: 'en_US.UTF-8' })).stdout).toMatch(/^Deal\s+Stage/);
    expect((await run(['report', '.', '--lang', 'fi'], {})).code).toBe(2);
  });

  it('keeps report --json language-neutral: each message is {id, values, text}, the same keys in both languages', async () => {
    const english = JSON.parse((await run(['report', '.', '--json', '--lang', 'en'], {})).stdout) as Report;
    const swedish = JSON.parse((await run(['report', '.', '--json', '--lang', 'sv'], {})).stdout) as Report;
    const [gap] = english.deals[0]?.gaps ?? [];
    expect(gap?.message).toEqual({ id: expect.stringMatching(/^engine\.gap\./), values: expect.any(Object), text: expect.any(String) });
    expect(gap?.nextAction).toEqual({ id: expect.stringMatching(/^engine\.gap\./), values: expect.any(Object), text: expect.any(String) });
    expect(gap?.questions[0]).toEqual({ id: expect.stringMatching(/^(coaching|lenses)\./), values: expect.any(Object), text: expect.any(String) });
    const codes = (report: Report) => report.deals.flatMap((deal) => deal.gaps.map(({ message, nextAction }) => [message.id, message.values, nextAction.id, nextAction.values]));
    expect(codes(swedish)).toEqual(codes(english));
    const texts = (report: Report) => report.deals.flatMap((deal) => deal.gaps.map((item) => item.message.text));
    expect(texts(swedish)).not.toEqual(texts(english));
    expect(texts(english).join(' ')).toContain('works against the deal');
    expect(texts(swedish).join(' ')).toContain('motarbetar affären');
  });
});

interface Message {
  readonly id: string;
  readonly values: Record<string, unknown>;
  readonly text: string;
}

interface Report {
  readonly deals: readonly { readonly gaps: readonly { readonly message: Message; readonly nextAction: Message; readonly questions: readonly Message[] }[] }[];
}
