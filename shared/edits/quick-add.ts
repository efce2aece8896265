// Quick add: lines such as "Eva Berg, CFO, decision-maker, neutral" (or pasted spreadsheet rows) become people.
import type { Deal } from '../model/deal-schema';
import { ROLE_LABELS, STANCE_LABELS } from '../model/vocabulary-labels';
import { STAKEHOLDER_ROLES, STAKEHOLDER_STANCES, type StakeholderRole, type StakeholderStance } from '../model/vocabulary';
import { addStakeholder, type StakeholderPatch } from './buying-center-edits';

export interface QuickAddResult {
  /** The people read, in line order. */
  readonly people: readonly StakeholderPatch[];
  /** One message per line that could not be read: its number, the field and why. */
  readonly problems: readonly string[];
}

/** "Decision maker", "decision-maker", "DECISION_MAKER" all read the same. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

function lookup<K extends string>(ids: readonly K[], labels: Readonly<Record<K, string>>, word: string): K | null {
  const key = squash(word);
  return ids.find((id) => squash(id) === key || squash(labels[id]) === key) ?? null;
}

const ROLE_ALIASES: Readonly<Record<string, StakeholderRole>> = { dm: 'decision-maker', decider: 'decision-maker', economicbuyer: 'decision-maker' };

function cells(line: string): string[] {
  // A row pasted from a spreadsheet is tab-separated; a typed line uses commas.
  return (line.includes('\t') ? line.split('\t') : line.split(',')).map((cell) => cell.trim());
}

/**
 * Reads one person per line: name, then optionally title, role, stance and department. Role and
 * stance are read by id or label, in any case; a blank one stays unknown. A first row of
 * spreadsheet headings ("Name, Title, …") is skipped.
 */
export function parseQuickAdd(text: string): QuickAddResult {
  const people: StakeholderPatch[] = [];
  const problems: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const [name = '', title = '', roleWord = '', stanceWord = '', department = ''] = cells(line);
    if (index === 0 && squash(name) === 'name') return;
    const where = `Line ${index + 1} (“${line.trim()}”)`;
    if (name === '') {
      problems.push(`${where}: the name is missing; write the name first.`);
      return;
    }
    const role: StakeholderRole | null = roleWord === '' ? 'unknown' : (ROLE_ALIASES[squash(roleWord)] ?? lookup(STAKEHOLDER_ROLES, ROLE_LABELS, roleWord));
    const stance: StakeholderStance | null = stanceWord === '' ? 'unknown' : lookup(STAKEHOLDER_STANCES, STANCE_LABELS, stanceWord);
    if (role === null) problems.push(`${where}: role “${roleWord}” is not one of ${STAKEHOLDER_ROLES.join(', ')}.`);
    if (stance === null) problems.push(`${where}: stance “${stanceWord}” is not one of ${STAKEHOLDER_STANCES.join(', ')}.`);
    if (role === null || stance === null) return;
    people.push({ name, title, role, stance, ...(department === '' ? {} : { department }) });
  });
  return { people, problems };
}

/** Adds the people in order, each where the map has room; answers the deal and their new ids. */
export function addPeople(deal: Deal, people: readonly StakeholderPatch[]): { deal: Deal; ids: string[] } {
  let current = deal;
  const ids: string[] = [];
  for (const person of people) {
    const result = addStakeholder(current, person);
    current = result.deal;
    ids.push(result.stakeholderId);
  }
  return { deal: current, ids };
}
