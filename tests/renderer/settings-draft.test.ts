import { describe, expect, it } from 'vitest';
import { defaultWorkspaceSettings } from '../../shared/settings/workspace-settings';
import { draftOf, readDraft, rebaseDraft } from '../../renderer/settings/settings-draft';

describe('the settings form draft', () => {
  it('reads back what the form shows, keeping fields the form does not show', () => {
    const base = { ...defaultWorkspaceSettings(), futureOption: 'kept' };
    const reading = readDraft({ ...draftOf(base), staleContactDays: '14', scoreWeight: '0.5' }, base);
    expect(reading).toEqual({
      ok: true,
      settings: { ...base, staleContactDays: 14, actionWeights: { blocker: 10, score: 0.5 } },
    });
  });

  it('names each wrong field with the rule it breaks, an emptied one included', () => {
    const base = defaultWorkspaceSettings();
    const reading = readDraft({ ...draftOf(base), staleContactDays: '2.5', singleThreadMinEngaged: '', blockerWeight: '-1' }, base);
    expect(reading).toEqual({
      ok: false,
      errors: {
        staleContactDays: 'Expected an integer from 1 to 3650.',
        singleThreadMinEngaged: 'Expected an integer from 1 to 100.',
        blockerWeight: 'Expected a number >= 0.',
      },
    });
  });

  it('rebases on reloaded settings: what was typed stays, what was not follows the file', () => {
    const opened = defaultWorkspaceSettings();
    const typed = { ...draftOf(opened), blockerWeight: '20', staleContactDays: '' };
    const reloaded = { ...opened, defaultLens: 'meddpicc' as const, staleContactDays: 14, actionWeights: { blocker: 5, score: 3 } };
    expect(rebaseDraft(typed, opened, reloaded)).toEqual({
      defaultLens: 'meddpicc',
      staleContactDays: '',
      singleThreadMinEngaged: '2',
      blockerWeight: '20',
      scoreWeight: '3',
      // The reporting currency (issue 15): none in either, so the draft's fields stay empty.
      reportingCurrency: '',
      ratesDate: '',
      rates: '',
    });
  });
});
