// The deal fields whose value is a stakeholder's id: history, clashes and the what-if show the person's name there.

/** Paths in the deal file (`*` for an item of a list) that hold a stakeholder id; the deal schema has no list of ids. */
export const STAKEHOLDER_ID_FIELDS: readonly string[] = [
  'need.confirmedBy',
  'pain.confirmedBy',
  'budget.confirmedBy',
  'timeframe.confirmedBy',
  'metrics.*.confirmedBy',
  'decisionCriteria.*.confirmedBy',
  'decisionProcess.confirmedBy',
  'paperProcess.confirmedBy',
  'relations.*.from',
  'relations.*.to',
];

const PATTERNS = STAKEHOLDER_ID_FIELDS.map((field) => field.split('.'));

/** Whether the field at `path` (ids or indexes where a pattern has `*`) holds a stakeholder id. */
export function holdsStakeholderId(path: readonly string[]): boolean {
  return PATTERNS.some((pattern) => pattern.length === path.length && pattern.every((key, index) => key === '*' || key === path[index]));
}
