// Quick add: lines such as "Eva Berg, CFO, decision-maker, neutral" (or pasted spreadsheet rows) become people.
import enVocabulary from '../i18n/catalogs/en/vocabulary';
import svVocabulary from '../i18n/catalogs/sv/vocabulary';
import { messageRef, orList, type MessageRef } from '../i18n/message-ref';
import type { Deal } from '../model/deal-schema';
import { STAKEHOLDER_ROLES, STAKEHOLDER_STANCES, type StakeholderRole, type StakeholderStance } from '../model/vocabulary';
import { addStakeholder, type StakeholderPatch } from './buying-center-edits';

export interface QuickAddResult {
  /** The people read, in line order. */
  readonly people: readonly StakeholderPatch[];
  /** One message per line that could not be read: its number, the field and why. */
  readonly problems: readonly MessageRef[];
}

/** "Decision maker", "decision-maker", "DECISION_MAKER", "Påverkare" and "paverkare" all read the same. */
function squash(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

/** Every word a role or stance is written with: its code, its English and Swedish names, and short forms. */
function wordsFor<K extends string>(ids: readonly K[], kind: 'role' | 'stance', aliases: Readonly<Record<string, K>>): ReadonlyMap<string, K> {
  const words = new Map<string, K>();
  for (const id of ids) {
    const key = `vocabulary.${kind}.${id}` as keyof typeof enVocabulary;
    for (const word of [id, enVocabulary[key], svVocabulary[key]]) words.set(squash(word), id);
  }
  for (const [word, id] of Object.entries(aliases)) words.set(squash(word), id);
  return words;
}

// Short forms and everyday words a seller types, in either language ("positiv", "bf", "DM").
const ROLE_WORDS = wordsFor(STAKEHOLDER_ROLES, 'role', {
  dm: 'decision-maker',
  decider: 'decision-maker',
  'economic buyer': 'decision-maker',
  bf: 'decision-maker',
  beslutsfattaren: 'decision-maker',
  'ekonomisk köpare': 'decision-maker',
  inköp: 'buyer',
  upphandlare: 'buyer',
  slutanvändare: 'user',
  'end user': 'user',
  okänd: 'unknown',
  unknown: 'unknown',
});

const STANCE_WORDS = wordsFor(STAKEHOLDER_STANCES, 'stance', {
  positive: 'supporter',
  positiv: 'supporter',
  skeptical: 'skeptic',
  skeptisk: 'skeptic',
  negative: 'skeptic',
  negativ: 'skeptic',
  opponent: 'saboteur',
  motståndare: 'saboteur',
  motarbetar: 'saboteur',
  ally: 'champion',
  okänd: 'unknown',
});

/** The heading row of a pasted sheet starts with one of these. */
const NAME_HEADINGS = new Set(['name', 'namn']);

function cells(line: string): string[] {
  // A row pasted from a spreadsheet is tab-separated; a typed line uses commas.
  return (line.includes('\t') ? line.split('\t') : line.split(',')).map((cell) => cell.trim());
}

/**
 * Reads one person per line: name, then optionally title, role, stance and department. Role and
 * stance are read by code or by their English or Swedish word, in any case, with or without å, ä
 * and ö; a blank one stays unknown. A first row of spreadsheet headings ("Name, Title, …") is skipped.
 */
export function parseQuickAdd(text: string): QuickAddResult {
  const people: StakeholderPatch[] = [];
  const problems: MessageRef[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const [name = '', title = '', roleWord = '', stanceWord = '', department = ''] = cells(line);
    if (index === 0 && NAME_HEADINGS.has(squash(name))) return;
    const where = { line: index + 1, text: line.trim() };
    if (name === '') {
      problems.push(messageRef('map.quick-add.problem.name', where));
      return;
    }
    const role: StakeholderRole | null = roleWord === '' ? 'unknown' : (ROLE_WORDS.get(squash(roleWord)) ?? null);
    const stance: StakeholderStance | null = stanceWord === '' ? 'unknown' : (STANCE_WORDS.get(squash(stanceWord)) ?? null);
    if (role === null) {
      problems.push(messageRef('map.quick-add.problem.role', { ...where, word: roleWord, words: orList(STAKEHOLDER_ROLES.map((id) => messageRef(`map.quick-add.role.${id}`))) }));
    }
    if (stance === null) {
      problems.push(messageRef('map.quick-add.problem.stance', { ...where, word: stanceWord, words: orList(STAKEHOLDER_STANCES.map((id) => messageRef(`map.quick-add.stance.${id}`))) }));
    }
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
