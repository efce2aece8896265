// The deal files that could not be read, listed in Swedish: the file and field as written, the reason in Swedish.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FileProblems } from '../../renderer/deals/file-problems';
import { LanguageProvider } from '../../renderer/i18n/language-context';
import type { DealFileProblem } from '../../shared/api/contract';
import { messageRef } from '../../shared/i18n';
import { validateDeal } from '../../shared/model/validation';

afterEach(cleanup);

/** A problem as the host sends it: the first issue's path and English reason in the line. */
function problemOf(value: unknown): DealFileProblem {
  const validation = validateDeal(value);
  if (validation.ok) throw new Error('the deal validated');
  const [first] = validation.issues;
  return { file: 'deals/erp.json', message: `deals/erp.json: ${first?.path ?? ''}: ${first?.message ?? ''}`, issues: validation.issues };
}

/** A file cut off mid-way, as the host reads it (tests/electron/services/file-problem-language.test.ts reads the real text). */
const CUT_OFF: DealFileProblem = {
  file: 'deals/cut.json',
  message: 'deals/cut.json: not valid JSON: Unexpected end of JSON input',
  issues: [{ path: '(document)', message: 'not valid JSON: Unexpected end of JSON input', reason: messageRef('file-problems.json-end') }],
};

function shown(language: 'en' | 'sv', problems: readonly DealFileProblem[]): string[] {
  render(
    <LanguageProvider initial={language}>
      <FileProblems problems={problems} />
    </LanguageProvider>,
  );
  return within(screen.getByRole('list')).getAllByRole('listitem').map((item) => item.querySelector('.file-problem-message')?.textContent ?? '');
}

describe('file problems in Swedish', () => {
  const problems = [CUT_OFF, problemOf({ schemaVersion: 2, id: 'erp', name: 7 })];

  it('gives each reason in Swedish', () => {
    const [cutOff, wrong] = shown('sv', problems);
    expect(cutOff).toBe('inte giltig JSON: filen tar slut för tidigt (avklippt?)');
    expect(wrong).toMatch(/^[a-zA-Z.[\]0-9]+: (saknas: ska vara|ska vara)/);
    expect(wrong).not.toMatch(/expected|Invalid input/);
  });

  it('keeps the schema’s English words in English', () => {
    const [cutOff] = shown('en', problems);
    expect(cutOff).toMatch(/^not valid JSON: /);
  });
});
