// Names a field of settings.json or a review file in a team merge note by the settings dialog's or the review's own labels.
import { messageRef } from '../i18n/message-ref';
import { fieldWords } from '../model/deal-field-labels';
import type { Words } from './field-label';
import { isIdList, isRecord } from './json-values';
import type { MergePath } from './three-way-json';

/** settings.json's fields by the settings dialog's labels; `*` for a currency's entry of the rates. */
const SETTINGS_LABELS: Readonly<Record<string, string>> = {
  defaultLens: 'settings.default-lens',
  staleContactDays: 'settings.stale',
  singleThreadMinEngaged: 'settings.single',
  actionWeights: 'settings.weights',
  'actionWeights.blocker': 'settings.blocker-weight',
  'actionWeights.score': 'settings.score-weight',
  reportingCurrency: 'settings.currency.legend',
  'exchangeRates.date': 'settings.currency.date',
  'exchangeRates.rates.*': 'settings.currency.rate-of',
};

/** A deal's coaching in a review or coaching file by the review's labels, below `coaching.<deal id>`. */
const COACHING_LABELS: Readonly<Record<string, string>> = {
  notes: 'review.coaching.notes',
  actionItems: 'review.coaching.items',
  'actionItems.*': 'review.item',
  'actionItems.*.text': 'review.item',
  'actionItems.*.owner': 'review.item.owner',
  'actionItems.*.due': 'review.item.due',
  'actionItems.*.done': 'review.item.done',
};

const inWords = (keys: readonly string[]): string => keys.map(fieldWords).join(' ');

/** Each known field on the path by its label, joined ("Action weights › Per blocker cleared"), the keys after the last in their own words. */
function settingsLabel(path: MergePath): Words {
  const parts: Words[] = [];
  let known = 0;
  for (let length = 1; length <= path.length; length += 1) {
    const literal = SETTINGS_LABELS[path.slice(0, length).join('.')];
    const entry = SETTINGS_LABELS[[...path.slice(0, length - 1), '*'].join('.')];
    if (literal !== undefined) parts.push(messageRef(literal));
    else if (entry !== undefined) parts.push(messageRef(entry, { currency: path[length - 1] ?? '' }));
    else continue;
    known = length;
  }
  if (known < path.length) parts.push(inWords(path.slice(known)));
  return parts.reduce((outer, inner) => messageRef('deal-fields.path', { outer, inner }));
}

/** A deal's name from the review's snapshots, else its id. */
function dealName(version: unknown, dealId: string): string {
  const deals = isRecord(version) && isIdList(version.deals) ? version.deals : [];
  const name = deals.find((deal) => deal.id === dealId)?.name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : dealId;
}

function coachingLabel(version: unknown, dealId: string, path: MergePath): Words {
  const pattern = path.map((key, index) => (path[0] === 'actionItems' && index === 1 ? '*' : key)).join('.');
  const key = COACHING_LABELS[pattern];
  if (key === undefined) return inWords(path);
  const coaching = isRecord(version) && isRecord(version.coaching) ? version.coaching[dealId] : undefined;
  const items = isRecord(coaching) && isIdList(coaching.actionItems) ? coaching.actionItems : [];
  const place = items.findIndex((item) => item.id === path[1]);
  // An item is numbered as the review shows it; one no longer in the file by its id.
  return messageRef(key, path.length > 1 ? { number: place >= 0 ? place + 1 : path[1] ?? '' } : undefined);
}

/**
 * A field of `file` (settings.json, reviews/*.json) at `path` in words, `version` being the file's
 * content it is looked up in; a key neither the settings dialog nor the review labels reads in its own words.
 */
export function workspaceFileFieldLabel(file: string, version: unknown, path: MergePath): Words {
  if (path.length === 0) return messageRef('team.merge.whole-file');
  if (file === 'settings.json') return settingsLabel(path);
  if (file.startsWith('reviews/') && path[0] === 'coaching' && path.length > 2) {
    const dealId = path[1] ?? '';
    return messageRef('deal-fields.path', { outer: dealName(version, dealId), inner: coachingLabel(version, dealId, path.slice(2)) });
  }
  return inWords(path);
}
