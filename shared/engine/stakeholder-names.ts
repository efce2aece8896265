// How gap messages name people: "Eva Berg (CFO)", lists joined with "and", the best person to ask.
import type { Stakeholder } from '../model/deal-schema';
import { interestRank } from '../model/vocabulary';
import { joinWithAnd } from './message-text';

/**
 * The name, with the title in brackets when there is one: "Eva Berg (CFO)". Brackets inside the
 * title become commas so they never nest: "Klaus Brandt (Plant Director, Werkleiter)".
 */
export function describeStakeholder(stakeholder: Stakeholder): string {
  const title = flattenBrackets(stakeholder.title ?? '');
  return title ? `${stakeholder.name} (${title})` : stakeholder.name;
}

/** "Plant Director (Werkleiter)" -> "Plant Director, Werkleiter"; "(interim) CFO" -> "interim, CFO". */
function flattenBrackets(title: string): string {
  return title
    .replace(/\s*[()[\]{}]+\s*/g, ', ')
    .replace(/,(\s*,)+/g, ',')
    .replace(/^[\s,]+|[\s,]+$/g, '');
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
