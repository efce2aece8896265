// Resolves a deal's `reports-to` relations into a forest: one manager per person, no cycles.
import type { Relation, Stakeholder } from '../model/deal-schema';

/**
 * Maps each stakeholder id to its manager's id. Relations are read in file order: a person's
 * first manager wins, and a relation that would close a cycle is ignored, so the result is
 * always a forest and the same deal always gives the same forest.
 */
export function resolveManagers(
  stakeholders: readonly Stakeholder[],
  relations: readonly Relation[],
): Map<string, string> {
  const known = new Set(stakeholders.map((stakeholder) => stakeholder.id));
  const managerOf = new Map<string, string>();
  for (const relation of relations) {
    if (relation.kind !== 'reports-to') continue;
    const { from: report, to: manager } = relation;
    if (report === manager || !known.has(report) || !known.has(manager)) continue;
    if (managerOf.has(report)) continue;
    if (isAncestorOrSelf(managerOf, report, manager)) continue;
    managerOf.set(report, manager);
  }
  return managerOf;
}

/** True when `candidate` is `start` or one of its managers up the chain. */
function isAncestorOrSelf(
  managerOf: ReadonlyMap<string, string>,
  candidate: string,
  start: string,
): boolean {
  // The map is kept acyclic, so this walk ends within managerOf.size steps.
  let current: string | undefined = start;
  while (current !== undefined) {
    if (current === candidate) return true;
    current = managerOf.get(current);
  }
  return false;
}
