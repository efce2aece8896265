// The settings schema: documented defaults, validation messages, and the engine reading it as is.
import { describe, expect, it } from 'vitest';
import { qualifyDeal } from '../../../shared/engine/qualify-deal';
import {
  DEFAULT_ENGINE_SETTINGS,
  DEFAULT_WORKSPACE_SETTINGS,
  defaultWorkspaceSettings,
  validateWorkspaceSettings,
} from '../../../shared/settings/workspace-settings';
import { buildHealthyDeal, TEST_AS_OF, withStakeholder } from '../../support/deal-builder';

describe('workspace settings', () => {
  it('default to the documented values, frozen, with fresh copies to change', () => {
    expect(DEFAULT_WORKSPACE_SETTINGS).toEqual({
      schemaVersion: 1,
      defaultLens: 'qualified-prospect',
      staleContactDays: 30,
      singleThreadMinEngaged: 2,
      actionWeights: { blocker: 10, score: 1 },
    });
    expect(Object.isFrozen(DEFAULT_WORKSPACE_SETTINGS.actionWeights)).toBe(true);
    expect(defaultWorkspaceSettings().actionWeights).not.toBe(defaultWorkspaceSettings().actionWeights);
    expect(DEFAULT_ENGINE_SETTINGS).toEqual({ staleContactDays: 30, singleThreadMinEngaged: 2 });
  });

  it.each([
    [{ staleContactDays: 1.5 }, 'staleContactDays', 'expected an integer from 1 to 3650'],
    [{ singleThreadMinEngaged: 0 }, 'singleThreadMinEngaged', 'expected an integer from 1 to 100'],
    [{ actionWeights: { score: 'high' } }, 'actionWeights.score', 'expected a number >= 0'],
    ['{}', '(document)', expect.stringContaining('expected object')],
  ])('refuses %j at %s', (value, path, message) => {
    expect(validateWorkspaceSettings(value)).toMatchObject({ ok: false, issues: [{ path, message }] });
  });

  it('are what the engine takes as options.settings', () => {
    const stale = withStakeholder(buildHealthyDeal(), 'eva', { lastContact: '2026-11-01' });
    const settings = { ...defaultWorkspaceSettings(), staleContactDays: 14 };
    expect(qualifyDeal(stale, { asOf: TEST_AS_OF, settings }).gaps.map((gap) => gap.code)).toEqual(['stale-decision-maker']);
    expect(qualifyDeal(stale, { asOf: TEST_AS_OF, settings: DEFAULT_WORKSPACE_SETTINGS }).gaps).toEqual([]);
  });
});
