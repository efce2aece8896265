// One label per field of the deal file, keyed by its path (`need.summary`, `stakeholders.*.stance`): history, clashes, merge notes and the what-if read it.
import { CATALOGS } from '../i18n/catalogs';
import { messageRef, type MessageRef } from '../i18n/message-ref';

/**
 * The catalog key that names each field; `*` stands for an item of a list or an entry of a record.
 * The deal editor's own label wherever it shows the field; `deal-fields.*` for the rest.
 * tests/shared/i18n/deal-field-labels.test.ts walks the deal schema and fails on a field missing here.
 */
export const DEAL_FIELD_LABELS: Readonly<Record<string, string>> = {
  schemaVersion: 'deal-fields.schemaVersion',
  id: 'deal-fields.id',
  name: 'panel.details.name',
  account: 'panel.details.account',
  owner: 'panel.details.owner',
  amount: 'panel.details.amount',
  currency: 'panel.details.currency',
  closeDate: 'panel.details.close-date',
  status: 'panel.details.status',
  lens: 'scorecard.lens',
  forecastCategory: 'panel.details.forecast',
  need: 'panel.details.need',
  'need.confirmed': 'panel.details.need-confirmed',
  'need.summary': 'panel.details.need-summary',
  'need.confirmedBy': 'panel.details.need-confirmed-by',
  pain: 'panel.q.pain',
  'pain.text': 'panel.q.pain-text',
  'pain.confirmedBy': 'panel.q.pain-confirmed-by',
  valueCase: 'deal-fields.valueCase',
  'valueCase.benefits': 'panel.value.benefits',
  'valueCase.benefits.*.kind': 'panel.value.benefit-kind',
  'valueCase.benefits.*.text': 'panel.value.benefit-text',
  'valueCase.savings': 'panel.value.savings',
  'valueCase.savings.frontEnd': 'panel.value.front-end',
  'valueCase.savings.backEnd': 'panel.value.back-end',
  metrics: 'panel.q.metrics',
  'metrics.*.id': 'deal-fields.item-id',
  'metrics.*.text': 'deal-fields.text',
  'metrics.*.baseline': 'panel.q.baseline',
  'metrics.*.target': 'panel.q.target',
  'metrics.*.unit': 'panel.q.unit',
  'metrics.*.confirmedBy': 'panel.q.confirmed-by',
  budget: 'panel.q.budget',
  'budget.amount': 'panel.q.budget-amount',
  'budget.confirmedBy': 'panel.q.budget-confirmed-by',
  'budget.note': 'panel.q.budget-note',
  timeframe: 'panel.q.timeframe',
  'timeframe.event': 'panel.q.event',
  'timeframe.date': 'panel.q.event-date',
  'timeframe.confirmedBy': 'panel.q.timeframe-confirmed-by',
  decisionCriteria: 'panel.q.criteria',
  'decisionCriteria.*.id': 'deal-fields.item-id',
  'decisionCriteria.*.text': 'deal-fields.text',
  'decisionCriteria.*.confirmedBy': 'panel.q.confirmed-by',
  decisionProcess: 'panel.q.decisionProcess',
  'decisionProcess.steps': 'panel.q.decisionProcess.steps',
  'decisionProcess.steps.*.id': 'deal-fields.item-id',
  'decisionProcess.steps.*.text': 'deal-fields.text',
  'decisionProcess.steps.*.date': 'panel.q.date',
  'decisionProcess.steps.*.done': 'panel.q.done',
  'decisionProcess.confirmedBy': 'panel.q.decisionProcess.confirmed-by',
  paperProcess: 'panel.q.paperProcess',
  'paperProcess.steps': 'panel.q.paperProcess.steps',
  'paperProcess.steps.*.id': 'deal-fields.item-id',
  'paperProcess.steps.*.text': 'deal-fields.text',
  'paperProcess.steps.*.date': 'panel.q.date',
  'paperProcess.steps.*.done': 'panel.q.done',
  'paperProcess.confirmedBy': 'panel.q.paperProcess.confirmed-by',
  competition: 'panel.q.competition',
  'competition.*.id': 'deal-fields.item-id',
  'competition.*.name': 'deal-fields.name',
  'competition.*.kind': 'panel.q.kind',
  'competition.*.note': 'panel.q.note',
  stakeholders: 'map.outside-change.field.stakeholders',
  'stakeholders.*.id': 'deal-fields.item-id',
  'stakeholders.*.name': 'panel.stakeholder.name',
  'stakeholders.*.title': 'panel.stakeholder.job-title',
  'stakeholders.*.role': 'panel.stakeholder.role',
  'stakeholders.*.stance': 'panel.stakeholder.stance',
  'stakeholders.*.influence': 'panel.stakeholder.influence',
  'stakeholders.*.interest': 'panel.stakeholder.interest',
  'stakeholders.*.lastContact': 'panel.stakeholder.last-contact',
  'stakeholders.*.coveredBy': 'panel.stakeholder.covered-by',
  'stakeholders.*.notes': 'panel.stakeholder.notes',
  'stakeholders.*.department': 'panel.stakeholder.department',
  'stakeholders.*.championTest': 'panel.q.champion.title',
  'stakeholders.*.championTest.power': 'panel.q.champion.has-power',
  'stakeholders.*.championTest.influence': 'panel.q.champion.has-influence',
  'stakeholders.*.championTest.personalStake': 'panel.q.champion.personal-stake',
  'stakeholders.*.external': 'deal-fields.external',
  'stakeholders.*.external.system': 'deal-fields.external-system',
  'stakeholders.*.external.id': 'deal-fields.external-id',
  'stakeholders.*.external.crmRole': 'deal-fields.external-role',
  'stakeholders.*.external.gone': 'deal-fields.external-gone',
  relations: 'panel.relations',
  'relations.*.id': 'deal-fields.item-id',
  'relations.*.from': 'deal-fields.relation-from',
  'relations.*.to': 'panel.relation.target',
  'relations.*.kind': 'panel.relation.kind',
  'relations.*.strength': 'panel.relation.strength',
  referrals: 'deal-fields.referrals',
  'referrals.*.name': 'deal-fields.name',
  'referrals.*.contact': 'deal-fields.referral-contact',
  'referrals.*.note': 'panel.q.note',
  layout: 'deal-fields.layout',
  'layout.*.x': 'deal-fields.layout-x',
  'layout.*.y': 'deal-fields.layout-y',
  revision: 'deal-fields.revision',
  updatedAt: 'deal-fields.updatedAt',
  placeholders: 'deal-fields.placeholders',
  'placeholders.*.path': 'map.outside-change.field',
  'placeholders.*.value': 'deal-fields.value',
  external: 'deal-fields.external',
  'external.system': 'deal-fields.external-system',
  'external.id': 'deal-fields.external-id',
  'external.stage': 'importing.field.stage',
  clashes: 'deal-fields.clashes',
  'clashes.*.id': 'deal-fields.item-id',
  'clashes.*.path': 'map.outside-change.field',
  'clashes.*.label': 'deal-fields.clash-label',
  'clashes.*.current': 'deal-fields.clash-current',
  'clashes.*.current.value': 'deal-fields.value',
  'clashes.*.current.by': 'deal-fields.clash-by',
  'clashes.*.current.at': 'deal-fields.clash-at',
  'clashes.*.other': 'deal-fields.clash-other',
  'clashes.*.other.value': 'deal-fields.value',
  'clashes.*.other.by': 'deal-fields.clash-by',
  'clashes.*.other.at': 'deal-fields.clash-at',
};

/** The lists whose items have a noun of their own ("metric "Days to close""): `deal-fields.item.<list>`. */
const ITEM_NOUNS = new Set(['metrics', 'decisionCriteria', 'competition', 'decisionProcess.steps', 'paperProcess.steps', 'clashes']);

const PATTERNS = Object.keys(DEAL_FIELD_LABELS).map((pattern) => pattern.split('.'));

/** The key and wildcards of the most literal pattern matching `path`, or undefined. */
function matchPattern(path: readonly string[]): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  let bestLiterals = -1;
  for (const pattern of PATTERNS) {
    if (pattern.length !== path.length || !pattern.every((segment, index) => segment === '*' || segment === path[index])) continue;
    const literals = pattern.filter((segment) => segment !== '*').length;
    if (literals > bestLiterals) [best, bestLiterals] = [pattern, literals];
  }
  return best;
}

/** "closeDate" → "close date": an unknown key (a field a file may carry beyond the schema) in its own words. */
export function fieldWords(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The label of the field at `path` (ids or indexes where the pattern has `*`): its own label, else the
 * nearest known field above it (below the first `named` keys, which the caller names) with the rest in
 * the key's words, else the keys after `named` in their words.
 */
export function dealFieldLabel(path: readonly string[], named = 0): MessageRef | string {
  for (let length = path.length; length > named; length -= 1) {
    const pattern = matchPattern(path.slice(0, length));
    if (pattern === undefined) continue;
    const key = DEAL_FIELD_LABELS[pattern.join('.')] ?? '';
    // An item of a list without ids is known by its place ("Benefit 2 text"); one a file gave an id, by that id.
    const index = pattern.indexOf('*');
    const at = Number(path[index]);
    const label = messageRef(key, index >= 0 && CATALOGS.en[key]?.includes('{number}') === true ? { number: Number.isInteger(at) ? at + 1 : path[index] ?? '' } : undefined);
    const rest = path.slice(length).map(fieldWords).join(' ');
    return rest === '' ? label : messageRef('deal-fields.path', { outer: label, inner: rest });
  }
  return path.slice(named).map(fieldWords).join(' ');
}

/** How an item of the list at `listPath` is named around its words: "metric "Days to close"", "steg "Legal review"". */
export function itemNoun(listPath: readonly string[], words: string): MessageRef {
  const list = listPath.join('.');
  if (ITEM_NOUNS.has(list)) return messageRef(`deal-fields.item.${list}`, { name: words });
  return messageRef('deal-fields.item.other', { list: fieldWords(listPath[listPath.length - 1] ?? ''), name: words });
}

/** `paperProcess.steps[s1].date` → ['paperProcess', 'steps', 's1', 'date']: a placeholder's or the what-if's field path as keys and ids. */
export function fieldPathKeys(path: string): string[] {
  return [...path.matchAll(/\[([^\]]+)\]|([^.[\]]+)/g)].map((match) => match[1] ?? match[2] ?? '');
}
