// Puts a deal's keys in the documented order (deal-format.md) so files diff and read well.

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
  'need',
  'valueCase',
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
];
const RELATION_KEYS = ['id', 'from', 'to', 'kind', 'strength'];
const REFERRAL_KEYS = ['name', 'contact', 'note'];
const POSITION_KEYS = ['x', 'y'];

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
    valueCase,
    stakeholders: orderedList(top.stakeholders, STAKEHOLDER_KEYS),
    relations: orderedList(top.relations, RELATION_KEYS),
    referrals: orderedList(top.referrals, REFERRAL_KEYS),
    ...(top.layout === undefined ? {} : { layout }),
  };
}

/** The exact text written to disk: pretty JSON, 2 spaces, trailing newline. */
export function serializeDeal(deal: unknown): string {
  return `${JSON.stringify(orderDealKeys(deal), null, 2)}\n`;
}
