// Departments of a generated buying center: each org branch under the decision-makers is one department.
import type { Relation, Stakeholder } from '../../../shared/model/deal-schema';
import { pick, sample, type Random } from './seeded-random';

const DEPARTMENTS: readonly string[] = [
  'Finance', 'IT', 'Operations', 'Procurement', 'Legal', 'Sales', 'Marketing', 'HR', 'Security',
  'Engineering', 'Customer Service', 'Supply Chain', 'Quality', 'Data & Analytics',
];

/** The executive team: the decision-makers, framed together when there are two. */
export const EXECUTIVE_DEPARTMENT = 'Executive';

/**
 * Gives everyone a department: decision-makers sit in the executive team, the people under
 * each of their direct reports share that report's department, and people outside the org
 * chart join one of the departments already there.
 */
export function assignDepartments(random: Random, stakeholders: readonly Stakeholder[], relations: readonly Relation[]): void {
  const managerOf = new Map(relations.filter((r) => r.kind === 'reports-to').map((r) => [r.from, r.to]));
  const byId = new Map(stakeholders.map((s) => [s.id, s]));
  // About one department per six people: branches beyond that share one.
  const count = Math.min(8, Math.max(2, Math.round(stakeholders.length / 6)));
  const names = sample(random, DEPARTMENTS, count);
  const branchDepartment = new Map<string, string>();
  const headOf = (id: string): string => {
    // Climb to the topmost manager who is not a decision-maker: the branch head.
    let current = id;
    for (let steps = 0; steps < stakeholders.length; steps += 1) {
      const manager = managerOf.get(current);
      if (manager === undefined || byId.get(manager)?.role === 'decision-maker') return current;
      current = manager;
    }
    return current;
  };
  for (const stakeholder of stakeholders) {
    if (stakeholder.role === 'decision-maker') {
      stakeholder.department = EXECUTIVE_DEPARTMENT;
      continue;
    }
    const head = headOf(stakeholder.id);
    const inChart = managerOf.has(head) || [...managerOf.values()].includes(head);
    if (!inChart) continue;
    if (!branchDepartment.has(head)) branchDepartment.set(head, names[branchDepartment.size % names.length] ?? 'Operations');
    stakeholder.department = branchDepartment.get(head);
  }
  const used = [...new Set(branchDepartment.values())];
  for (const stakeholder of stakeholders) {
    if (stakeholder.department !== undefined) continue;
    stakeholder.department = used.length > 0 ? pick(random, used) : pick(random, names);
  }
}
