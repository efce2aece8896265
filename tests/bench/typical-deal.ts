// Seeded, reproducible deals of a given size for the benchmarks: same seed, same deals.
import { DEAL_SCHEMA_VERSION, emptyQualificationFields, type Deal, type Relation, type Stakeholder } from '../../shared/model/deal-schema';
import { INTEREST_LEVELS, STAKEHOLDER_ROLES, STAKEHOLDER_STANCES } from '../../shared/model/vocabulary';

export { seededRandom } from '../../electron/services/generate/seeded-random';

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function isoDay(random: () => number): string {
  const day = Date.UTC(2026, 8, 1) + Math.floor(random() * 90) * 86_400_000;
  return new Date(day).toISOString().slice(0, 10);
}

export interface DealSize {
  readonly stakeholders: number;
  readonly relations: number;
}

/** One open deal: the first stakeholder decides, the rest have random roles, stances and links. */
export function typicalDeal(index: number, size: DealSize, random: () => number): Deal {
  const stakeholders: Stakeholder[] = Array.from({ length: size.stakeholders }, (_, n) => ({
    id: `s${n}`,
    name: `Person ${n}`,
    title: 'Manager',
    role: n === 0 ? 'decision-maker' : pick(random, STAKEHOLDER_ROLES),
    stance: pick(random, STAKEHOLDER_STANCES),
    influence: 1 + Math.floor(random() * 5),
    interest: pick(random, INTEREST_LEVELS),
    lastContact: random() < 0.2 ? null : isoDay(random),
  }));
  const relations: Relation[] = [];
  for (let n = 1; n < size.stakeholders && relations.length < size.relations; n += 1) {
    relations.push({ id: `r${relations.length}`, from: `s${n}`, to: `s${Math.floor(random() * n)}`, kind: 'reports-to' });
  }
  while (relations.length < size.relations) {
    const from = Math.floor(random() * size.stakeholders);
    const to = Math.floor(random() * size.stakeholders);
    if (from === to) continue;
    const strength = 1 + Math.floor(random() * 3);
    relations.push({ id: `r${relations.length}`, from: `s${from}`, to: `s${to}`, kind: 'influences', strength });
  }
  return {
    ...emptyQualificationFields(),
    schemaVersion: DEAL_SCHEMA_VERSION,
    id: `deal-${index}`,
    name: `Deal ${index}`,
    account: `Account ${index} AB`,
    amount: Math.round(random() * 1_000_000),
    currency: 'SEK',
    closeDate: isoDay(random),
    status: 'open',
    need: { confirmed: random() < 0.7, summary: 'Slow month-end close' },
    valueCase: {
      benefits: random() < 0.6 ? [{ kind: 'efficiency', text: 'Faster close' }] : [],
      savings: { frontEnd: random() < 0.5 ? 50_000 : null, backEnd: null },
    },
    stakeholders,
    relations,
    referrals: [],
    revision: 1,
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
}
