// A settings field's problem as a message: the rule the value breaks, rendered in the reader's language.
import { messageRef, orList, type MessageRef } from '../i18n/message-ref';
import type { FieldIssue } from '../model/validation';
import { LENS_IDS } from '../model/vocabulary';
import { SETTINGS_RANGES, WORKSPACE_SETTINGS_VERSION } from './workspace-settings';

/**
 * The rule of the field at `issue.path` (`staleContactDays`, `actionWeights.blocker`,
 * `exchangeRates.rates.SEK`…); a path no rule is known for keeps the schema's own words.
 */
export function settingsIssueRef(issue: FieldIssue): MessageRef {
  const { path } = issue;
  if (path === 'staleContactDays' || path === 'singleThreadMinEngaged') return messageRef('settings.error.integer', { ...SETTINGS_RANGES[path] });
  if (path === 'actionWeights.blocker' || path === 'actionWeights.score') return messageRef('settings.error.weight');
  if (path === 'defaultLens') return messageRef('settings.error.lens', { lenses: orList(LENS_IDS) });
  if (path === 'reportingCurrency') return messageRef('settings.error.currency');
  if (path === 'exchangeRates' || path === 'exchangeRates.date') return messageRef('settings.error.date');
  if (path.startsWith('exchangeRates.rates')) {
    // A rate under a good code is a bad rate; otherwise the code itself is wrong.
    return /^exchangeRates\.rates\.[A-Z]{3}$/.test(path) ? messageRef('settings.error.rate') : messageRef('settings.error.currency');
  }
  if (path === 'schemaVersion') return messageRef('settings.error.version', { version: WORKSPACE_SETTINGS_VERSION });
  return messageRef('settings.error.other', { reason: issue.message });
}
