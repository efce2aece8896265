// renderMessage's compiled messages render every report exactly as formatMessage did, in English and Swedish.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reportDeal } from '../../../electron/cli/report-deal';
import { buildDemoDeals } from '../../../electron/services/demo/demo-deals';
import { generateDeals } from '../../../electron/services/generate';
import { dealmapIntl, renderMessage, type Language } from '../../../shared/i18n';
import { defaultWorkspaceSettings } from '../../../shared/settings/workspace-settings';

const seen = vi.hoisted(() => ({ slow: false, fast: 0 }));

// A formatter whose time zone reads as set while `slow` is on: renderMessage then takes formatMessage's
// own path for every message, exactly as before; formatMessage itself still runs without a time zone.
vi.mock('@formatjs/intl', async (original) => {
  const real = await original<typeof import('@formatjs/intl')>();
  return {
    ...real,
    createIntl: (...args: Parameters<typeof real.createIntl>) => {
      const intl = real.createIntl(...args);
      Object.defineProperty(intl, 'timeZone', {
        get: () => {
          if (!seen.slow) seen.fast += 1;
          return seen.slow ? 'UTC' : undefined;
        },
      });
      return intl;
    },
  };
});

const settings = defaultWorkspaceSettings();

function reportsBoth(language: Language, asOf: string) {
  const deals = [...buildDemoDeals({ today: '2026-03-10', updatedAt: '2026-03-10T08:00:00.000Z' }), ...generateDeals({ deals: 60, seed: 19, asOf: '2026-11-27' })];
  seen.slow = true;
  const slow = deals.map((deal) => reportDeal(deal, asOf, settings, language).reported);
  seen.slow = false;
  return { slow, fast: deals.map((deal) => reportDeal(deal, asOf, settings, language).reported) };
}

beforeEach(() => {
  seen.slow = false;
  seen.fast = 0;
});

describe('compiled messages', () => {
  it.each([
    ['en', '2026-12-01'],
    ['sv', '2026-12-01'],
    ['sv', '2026-03-10'],
  ] as const)('render every report in %s (%s) as formatMessage does', (language, asOf) => {
    const { slow, fast } = reportsBoth(language, asOf);
    expect(fast).toEqual(slow);
    // Every gap, criterion, action and question is rendered: many messages, and the compiled ones really used.
    expect(JSON.stringify(fast).length).toBeGreaterThan(500_000);
    expect(seen.fast).toBeGreaterThan(2_000);
  }, 60_000);

  it('fails as formatMessage does when a value is missing or its message unknown', () => {
    const failure = (ref: Parameters<typeof renderMessage>[1]) => {
      try {
        return renderMessage(dealmapIntl('sv'), ref);
      } catch (error) {
        // The message quotes the cause's stack; where it was thrown from is no part of the answer.
        return error instanceof Error ? `${error.name}: ${error.message.split('\n    at ')[0] ?? ''}` : String(error);
      }
    };
    for (const ref of [{ id: 'engine.gap.no-interest.message' }, { id: 'engine.gap.no-interest.message', values: { constructor: 'x' } }, { id: 'no.such.message' }]) {
      seen.slow = true;
      const slow = failure(ref);
      seen.slow = false;
      expect(failure(ref)).toBe(slow);
      expect(slow).toMatch(/Error/);
    }
  });
});
