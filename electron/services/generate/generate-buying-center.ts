// A generated buying center: 3 to 60 realistic stakeholders in departments, an org chart and who influences whom.
import type { Relation, Stakeholder } from '../../../shared/model/deal-schema';
import { isAlly, type StakeholderRole } from '../../../shared/model/vocabulary';
import { shiftDay, slugify } from './generated-calendar';
import type { Market } from './market-words';
import { TITLES } from './deal-words';
import { assignDepartments } from './generate-departments';
import {
  CONTACT_AGE_DAYS,
  DECISION_MAKER_STANCE_WEIGHTS,
  INTEREST_WEIGHTS,
  STANCE_WEIGHTS,
  type DealMaturity,
} from './deal-maturity';
import { between, chance, pick, weighted, type Random } from './seeded-random';

export interface BuyingCenterContext {
  readonly market: Market;
  readonly maturity: DealMaturity;
  readonly owner: string;
  /** The base day contacts are dated back from. */
  readonly asOf: string;
  /** How many people; absent, 3 to 60 drawn with most buying centers small. */
  readonly size?: number;
}

/** The fewest and most people a generated buying center has. */
export const BUYING_CENTER_SIZES = { min: 3, max: 60 } as const;

const OTHER_ROLES: Readonly<Record<Exclude<StakeholderRole, 'decision-maker'>, number>> = {
  influencer: 30, user: 30, buyer: 8, gatekeeper: 6, initiator: 8, unknown: 10,
};

/** Who can sit above whom in the org chart: lower ranks are more senior. */
const SENIORITY: Readonly<Record<StakeholderRole, number>> = {
  'decision-maker': 0, influencer: 1, buyer: 2, initiator: 2, gatekeeper: 3, user: 3, unknown: 3,
};

const NOTES = ['', '', '', '', 'Prefers email', 'Former customer of ours', 'Joined this year', 'Wants a reference visit'];

function roles(random: Random, maturity: DealMaturity, size: number): StakeholderRole[] {
  const withoutDecisionMaker = chance(random, maturity === 'early' ? 0.15 : 0.04);
  const deciders = withoutDecisionMaker ? 0 : chance(random, 0.25) ? 2 : 1;
  return Array.from({ length: size }, (_, n) => (n < deciders ? 'decision-maker' : weighted(random, OTHER_ROLES)));
}

function lastContact(random: Random, context: BuyingCenterContext): string | null {
  if (chance(random, 0.1)) return null;
  const mean = CONTACT_AGE_DAYS[context.maturity];
  return shiftDay(context.asOf, -Math.floor(-Math.log(1 - random()) * mean));
}

/** A name not yet in this buying center, with a first name not yet taken while the market has some left. */
function personName(random: Random, market: Market, taken: Set<string>): string {
  const firstNames = market.firstNames.filter((first) => !taken.has(first));
  for (let attempt = 0; ; attempt += 1) {
    const first = pick(random, firstNames.length > 0 ? firstNames : market.firstNames);
    // A very large buying center can use up a market's name pairs: double-barrelled names then.
    const last = attempt < 50 ? pick(random, market.lastNames) : `${pick(random, market.lastNames)}-${pick(random, market.lastNames)}`;
    const name = `${first} ${last}`;
    if (taken.has(name)) continue;
    taken.add(name);
    taken.add(first);
    return name;
  }
}

function person(random: Random, role: StakeholderRole, context: BuyingCenterContext, taken: Set<string>): Stakeholder {
  const { market, maturity } = context;
  const name = personName(random, market, taken);
  const deciding = role === 'decision-maker';
  const stance = weighted(random, deciding ? DECISION_MAKER_STANCE_WEIGHTS[maturity] : STANCE_WEIGHTS[maturity]);
  const influence = deciding ? between(random, 4, 5) : role === 'user' ? between(random, 1, 3) : between(random, 2, 5);
  const stakeholder: Stakeholder = {
    id: '',
    name,
    title: pick(random, TITLES[role]),
    role,
    stance,
    influence,
    interest: weighted(random, INTEREST_WEIGHTS[maturity]),
    lastContact: lastContact(random, context),
  };
  if (chance(random, 0.7)) stakeholder.coveredBy = context.owner;
  const note = pick(random, NOTES);
  if (note !== '') stakeholder.notes = note;
  return stakeholder;
}

/** Ids from first names, as people write them by hand: `eva`, and `eva-berg` for a second Eva. */
function assignIds(stakeholders: Stakeholder[]): void {
  const used = new Set<string>();
  for (const stakeholder of stakeholders) {
    const first = slugify(stakeholder.name.split(' ')[0] ?? '') || 'person';
    const base = used.has(first) ? slugify(stakeholder.name) || first : first;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    stakeholder.id = id;
  }
}

/** An early deal often has nobody interested yet: the no-interest blocker. */
function coolDown(random: Random, stakeholders: Stakeholder[]): void {
  for (const stakeholder of stakeholders) stakeholder.interest = chance(random, 0.6) ? 'unknown' : 'none';
}

/** Reports-to links up to someone more senior; some links stay unknown. */
function orgChart(random: Random, stakeholders: readonly Stakeholder[], relations: Relation[]): void {
  stakeholders.forEach((stakeholder, index) => {
    if (chance(random, 0.2)) return; // Nobody knows the whole org chart.
    const bosses = stakeholders.slice(0, index).filter((other) => SENIORITY[other.role] < SENIORITY[stakeholder.role]);
    if (bosses.length === 0) return;
    const boss = pick(random, bosses);
    relations.push({ id: `r${relations.length + 1}`, from: stakeholder.id, to: boss.id, kind: 'reports-to' });
  });
}

/** At most one influence link per stakeholder; saboteurs nearly always work on a decision-maker. */
function influenceLinks(random: Random, stakeholders: readonly Stakeholder[], maturity: DealMaturity, relations: Relation[]): void {
  const deciders = stakeholders.filter((stakeholder) => stakeholder.role === 'decision-maker');
  for (const stakeholder of stakeholders) {
    const saboteur = stakeholder.stance === 'saboteur';
    const reach = saboteur ? 0.85 : isAlly(stakeholder.stance) ? (maturity === 'early' ? 0.35 : 0.7) : 0.4;
    if (!chance(random, reach)) continue;
    const others = stakeholders.filter((other) => other.id !== stakeholder.id);
    const toDecider = deciders.length > 0 && stakeholder.role !== 'decision-maker' && chance(random, saboteur ? 0.9 : 0.6);
    const target = toDecider ? pick(random, deciders) : pick(random, others);
    const strength = saboteur ? between(random, 2, 3) : between(random, 1, 3);
    relations.push({ id: `r${relations.length + 1}`, from: stakeholder.id, to: target.id, kind: 'influences', strength });
  }
}

export function generateBuyingCenter(
  random: Random,
  context: BuyingCenterContext,
): { stakeholders: Stakeholder[]; relations: Relation[] } {
  // 3 to 60 people, most buying centers small (median about 9), a few enterprise-sized.
  const drawn = BUYING_CENTER_SIZES.min + Math.floor((BUYING_CENTER_SIZES.max - BUYING_CENTER_SIZES.min + 1) * random() ** 3.2);
  const size = context.size ?? drawn;
  const taken = new Set<string>();
  const people = roles(random, context.maturity, size).map((role) => person(random, role, context, taken));
  const stakeholders = [...people].sort((a, b) => SENIORITY[a.role] - SENIORITY[b.role]);
  assignIds(stakeholders);
  if (context.maturity === 'early' && chance(random, 0.4)) coolDown(random, stakeholders);
  const relations: Relation[] = [];
  orgChart(random, stakeholders, relations);
  influenceLinks(random, stakeholders, context.maturity, relations);
  assignDepartments(random, stakeholders, relations);
  return { stakeholders, relations };
}
