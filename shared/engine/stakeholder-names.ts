// How gap messages name people: "Eva Berg (CFO)", lists joined with "and", the best person to ask.
import type { Stakeholder } from '../model/deal-schema';
import { interestRank } from '../model/vocabulary';
import { joinWithAnd } from './message-text';

/**
 * The name, with the title in brackets when there is one: "Eva Berg (CFO)". Brackets inside the
 * title become commas so they never nest: "Klaus Brandt (Plant Director, Werkleiter)".
 */
export function describeStakeholder(stakeholder: Stakeholder): string {
  const title = flattenedTitle(stakeholder.title ?? '');
  return title ? `${stakeholder.name} (${title})` : stakeholder.name;
}

/** Titles already flattened: a pipeline repeats a few hundred titles, and three regexes per gap message per what-if added up. */
const FLATTENED_TITLES = new Map<string, string>();
const MAX_FLATTENED_TITLES = 4_096;

function flattenedTitle(title: string): string {
  if (title === '') return '';
  let flat = FLATTENED_TITLES.get(title);
  if (flat === undefined) {
    flat = flattenBrackets(title);
    // Bounded: a workspace of unique titles cannot grow it without end.
    if (FLATTENED_TITLES.size >= MAX_FLATTENED_TITLES) FLATTENED_TITLES.clear();
    FLATTENED_TITLES.set(title, flat);
  }
  return flat;
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
