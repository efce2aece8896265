// The order gaps are listed in: blockers first, then by code as listed in GAP_CODES, then by id.
import { compareIds } from './influence-graph';
import { GAP_CODES, GAP_SEVERITIES, type Gap, type GapSeverity } from './types';

/** Lower comes first: blocker 0, warning 1, info 2. */
export const GAP_SEVERITY_ORDER: Readonly<Record<GapSeverity, number>> = Object.fromEntries(
  GAP_SEVERITIES.map((severity, index) => [severity, index]),
) as Record<GapSeverity, number>;

const CODE_ORDER = new Map<string, number>(GAP_CODES.map((code, index) => [code, index]));

export function compareGaps(a: Gap, b: Gap): number {
  return (
    GAP_SEVERITY_ORDER[a.severity] - GAP_SEVERITY_ORDER[b.severity] ||
    (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0) ||
    compareIds(a.id, b.id)
  );
}

/** A sorted copy; the input is left as it is. */
export function sortGaps(gaps: readonly Gap[]): Gap[] {
  return [...gaps].sort(compareGaps);
}
