// Puts a deal's keys in the documented order (docs/file-format.md) so files diff and read well.

type JsonObject = Record<string, unknown>;

const DEAL_KEYS = [
  'schemaVersion',
  'id',
  'name',
  'account',
  'owner',
  'amount',
  'currency',
  'closeDate',
  'status',
  'forecastCategory',
  'lens',
  'need',
  'pain',
  'valueCase',
  'metrics',
  'budget',
  'timeframe',
  'decisionCriteria',
  'decisionProcess',
  'paperProcess',
  'competition',
  'stakeholders',
  'relations',
  'referrals',
  'layout',
  'revision',
  'updatedAt',
];
const NEED_KEYS = ['confirmed', 'summary'];
const VALUE_CASE_KEYS = ['benefits', 'savings'];
const BENEFIT_KEYS = ['kind', 'text'];
const SAVINGS_KEYS = ['frontEnd', 'backEnd'];
const STAKEHOLDER_KEYS = [
  'id',
  'name',
  'title',
  'role',
  'stance',
  'influence',
  'interest',
  'lastContact',
  'coveredBy',
  'notes',
  'championTest',
];
const CHAMPION_TEST_KEYS = ['power', 'influence', 'personalStake'];
const RELATION_KEYS = ['id', 'from', 'to', 'kind', 'strength'];
const REFERRAL_KEYS = ['name', 'contact', 'note'];
const POSITION_KEYS = ['x', 'y'];
const PAIN_KEYS = ['text', 'confirmedBy'];
const METRIC_KEYS = ['id', 'text', 'baseline', 'target', 'unit', 'confirmedBy'];
const BUDGET_KEYS = ['amount', 'confirmedBy', 'note'];
const TIMEFRAME_KEYS = ['event', 'date', 'confirmedBy'];
const CRITERION_KEYS = ['id', 'text', 'confirmedBy'];
const PROCESS_KEYS = ['steps', 'confirmedBy'];
const STEP_KEYS = ['id', 'text', 'date', 'done'];
const COMPETITOR_KEYS = ['id', 'name', 'kind', 'note'];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Known keys first in the given order; keys this version does not know keep their place after them. */
function ordered(value: unknown, keys: readonly string[]): unknown {
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of keys) if (key in value) out[key] = value[key];
  for (const [key, entry] of Object.entries(value)) if (!(key in out)) out[key] = entry;
  return out;
}

function orderedList(value: unknown, keys: readonly string[]): unknown {
  return Array.isArray(value) ? value.map((item) => ordered(item, keys)) : value;
}

function orderedProcess(value: unknown): unknown {
  const process = ordered(value, PROCESS_KEYS);
  if (isObject(process)) process.steps = orderedList(process.steps, STEP_KEYS);
  return process;
}

function orderedStakeholders(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown) => {
    const person = ordered(item, STAKEHOLDER_KEYS);
    if (isObject(person) && 'championTest' in person) {
      person.championTest = ordered(person.championTest, CHAMPION_TEST_KEYS);
    }
    return person;
  });
}

/** The v2 qualification fields the deal has, each in its documented order; absent ones stay absent. */
function orderedQualification(top: JsonObject): JsonObject {
  const order: Record<string, (value: unknown) => unknown> = {
    pain: (value) => ordered(value, PAIN_KEYS),
    metrics: (value) => orderedList(value, METRIC_KEYS),
    budget: (value) => ordered(value, BUDGET_KEYS),
    timeframe: (value) => ordered(value, TIMEFRAME_KEYS),
    decisionCriteria: (value) => orderedList(value, CRITERION_KEYS),
    decisionProcess: orderedProcess,
    paperProcess: orderedProcess,
    competition: (value) => orderedList(value, COMPETITOR_KEYS),
  };
  const out: JsonObject = {};
  for (const [key, orderValue] of Object.entries(order)) if (key in top) out[key] = orderValue(top[key]);
  return out;
}

/** Returns a copy of the deal with every object's keys in the documented order. */
export function orderDealKeys(deal: unknown): unknown {
  const top = ordered(deal, DEAL_KEYS);
  if (!isObject(top)) return top;
  const valueCase = ordered(top.valueCase, VALUE_CASE_KEYS);
  if (isObject(valueCase)) {
    valueCase.benefits = orderedList(valueCase.benefits, BENEFIT_KEYS);
    valueCase.savings = ordered(valueCase.savings, SAVINGS_KEYS);
  }
  const layout = isObject(top.layout)
    ? Object.fromEntries(
        Object.entries(top.layout).map(([id, position]) => [id, ordered(position, POSITION_KEYS)]),
      )
    : top.layout;
  return {
    ...top,
    need: ordered(top.need, NEED_KEYS),
    ...orderedQualification(top),
    valueCase,
    stakeholders: orderedStakeholders(top.stakeholders),
    relations: orderedList(top.relations, RELATION_KEYS),
    referrals: orderedList(top.referrals, REFERRAL_KEYS),
    ...(top.layout === undefined ? {} : { layout }),
  };
}

/** The exact text written to disk: pretty JSON, 2 spaces, trailing newline. */
export function serializeDeal(deal: unknown): string {
  return `${JSON.stringify(orderDealKeys(deal), null, 2)}\n`;
}
