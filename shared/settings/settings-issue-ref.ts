// A settings field's problem as a message: the rule the value breaks, rendered in the reader's language.
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { FieldIssue } from '../model/validation';
import { LENS_IDS } from '../model/vocabulary';
import { SETTINGS_RANGES, WORKSPACE_SETTINGS_VERSION } from './workspace-settings';

/**
 * The rule of the field at `issue.path` (`staleContactDays`, `actionWeights.blocker`,
 * `exchangeRates.rates.SEK`…); a path no rule is known for keeps the schema's own words.
 * `sentence` reads alone under a field ("Expected an integer from 1 to 3650."), `clause` after a
 * file and field ("settings.json: staleContactDays: expected an integer from 1 to 3650").
 */
export function settingsIssueRef(issue: FieldIssue, form: 'sentence' | 'clause' = 'sentence'): MessageRef {
  const id = (rule: string) => (form === 'sentence' ? `settings.error.${rule}` : `settings.rule.${rule}`);
  const { path } = issue;
  if (path === 'staleContactDays' || path === 'singleThreadMinEngaged') return messageRef(id('integer'), { ...SETTINGS_RANGES[path] });
  if (path === 'actionWeights.blocker' || path === 'actionWeights.score') return messageRef(id('weight'));
  if (path === 'defaultLens') return messageRef(id('lens'), { lenses: LENS_IDS.join(', ') });
  if (path === 'reportingCurrency') return messageRef(id('currency'));
  if (path === 'exchangeRates' || path === 'exchangeRates.date') return messageRef(id('date'));
  if (path.startsWith('exchangeRates.rates')) {
    // A rate under a good code is a bad rate; otherwise the code itself is wrong.
    return /^exchangeRates\.rates\.[A-Z]{3}$/.test(path) ? messageRef(id('rate')) : messageRef(id('currency'));
  }
  if (path === 'schemaVersion') return messageRef(id('version'), { version: WORKSPACE_SETTINGS_VERSION });
  return messageRef(id('other'), { reason: issue.message });
}
