// How gap messages name people: "Eva Berg (CFO)", lists joined with "and", the best person to ask.
import type { Stakeholder } from '../model/deal-schema';
import { interestRank } from '../model/vocabulary';

/** The name, with the title in brackets when there is one. */
export function describeStakeholder(stakeholder: Stakeholder): string {
  const title = stakeholder.title?.trim();
  return title ? `${stakeholder.name} (${title})` : stakeholder.name;
}

/** "A", "A and B", "A, B and C". */
export function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

export function describeStakeholders(stakeholders: readonly Stakeholder[]): string {
  return joinWithAnd(stakeholders.map(describeStakeholder));
}

/** The most influential of a list (deal order breaks ties), or undefined for an empty list. */
export function mostInfluential(stakeholders: readonly Stakeholder[]): Stakeholder | undefined {
  let best: Stakeholder | undefined;
  for (const stakeholder of stakeholders) {
    if (best === undefined || stakeholder.influence > best.influence) best = stakeholder;
  }
  return best;
}

/** The warmest contact: highest interest, then highest influence, then deal order. */
export function warmestContact(stakeholders: readonly Stakeholder[]): Stakeholder | undefined {
  let best: Stakeholder | undefined;
  for (const stakeholder of stakeholders) {
    if (best === undefined) {
      best = stakeholder;
      continue;
    }
    const byInterest = interestRank(stakeholder.interest) - interestRank(best.interest);
    if (byInterest > 0 || (byInterest === 0 && stakeholder.influence > best.influence)) best = stakeholder;
  }
  return best;
}
