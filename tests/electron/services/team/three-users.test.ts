// Three users edit one team workspace at once for 200 rounds, syncing at random: no edit is ever lost and all end equal.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dealFingerprint } from '../../../../shared/model/deal-fingerprint';
import type { Deal, Stakeholder } from '../../../../shared/model/deal-schema';
import { resolveClash } from '../../../../shared/merge/resolve-clash';
import { buildHealthyDeal, stakeholder } from '../../../support/deal-builder';
import { makeTeamRepos, servicesOf, type TeamRepos } from '../../../support/team-repos';

const ROUNDS = Number(process.env.DEALMAP_TEAM_ROUNDS ?? 200);
const DEALS = ['north', 'south', 'east'].map((id) => buildHealthyDeal({ id, name: `Deal ${id}` }));
/** Each user writes one field nobody else writes, so its last value must be the final one. */
const OWN_FIELD = { Sara: 'notes', Nils: 'title', Mia: 'coveredBy' } as const;
type User = keyof typeof OWN_FIELD;
const USERS = Object.keys(OWN_FIELD) as User[];

/** mulberry32: the same seed gives the same run, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let repos: TeamRepos | undefined;
afterAll(async () => repos?.remove().catch(() => undefined));

describe('three users, one team workspace', () => {
  it(`loses no edit over ${ROUNDS} rounds of random concurrent edits and syncs`, async () => {
    repos = await makeTeamRepos(DEALS);
    const folders = Object.fromEntries(USERS.map((user) => [user, repos?.clone(user) ?? ''])) as Record<User, string>;
    const services = Object.fromEntries(USERS.map((user) => [user, servicesOf(folders[user])])) as Record<User, ReturnType<typeof servicesOf>>;
    const next = random(Number(process.env.DEALMAP_TEAM_SEED ?? 12));
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const lastOwn = new Map<string, string>();
    const added = new Set<string>();
    const influences = new Set<number>([3, 5]);

    for (let round = 0; round < ROUNDS; round += 1) {
      for (const user of USERS) {
        const api = services[user];
        const deal = await api.getDeal({ id: pick(DEALS).id });
        const person: Stakeholder = pick(deal.stakeholders);
        const roll = next();
        let changed: Deal;
        if (deal.clashes !== undefined && roll < 0.2) {
          changed = resolveClash(deal, pick(deal.clashes).id, pick(['current', 'other'] as const));
        } else if (roll < 0.6) {
          const value = `${user}-${round}`;
          changed = { ...deal, stakeholders: deal.stakeholders.map((entry) => (entry.id === person.id ? { ...entry, [OWN_FIELD[user]]: value } : entry)) };
          lastOwn.set(`${deal.id}/${person.id}/${OWN_FIELD[user]}`, value);
        } else if (roll < 0.8) {
          const id = `${user.toLowerCase()}-${round}`;
          changed = { ...deal, stakeholders: [...deal.stakeholders, stakeholder({ id })] };
          added.add(`${deal.id}/${id}`);
        } else {
          const influence = 1 + Math.floor(next() * 5);
          influences.add(influence);
          changed = { ...deal, stakeholders: deal.stakeholders.map((entry) => (entry.id === person.id ? { ...entry, influence } : entry)) };
        }
        await api.saveDeal({ deal: changed, base: dealFingerprint(deal) });
      }
      for (const user of USERS) if (next() < 0.5) await services[user].syncTeam({});
    }
    for (let pass = 0; pass < 2; pass += 1) for (const user of USERS) await services[user].syncTeam({});

    const finals = await Promise.all(USERS.map(async (user) => Promise.all(DEALS.map((deal) => services[user].getDeal({ id: deal.id })))));
    const files = async (folder: string) => Promise.all((await readdir(join(folder, 'deals'))).sort().map((name) => readFile(join(folder, 'deals', name), 'utf8')));
    expect(await files(folders.Nils)).toEqual(await files(folders.Sara));
    expect(await files(folders.Mia)).toEqual(await files(folders.Sara));
    const byId = new Map((finals[0] ?? []).map((deal) => [deal.id, deal]));
    for (const [key, value] of lastOwn) {
      const [dealId = '', personId = '', field = ''] = key.split('/');
      const person = byId.get(dealId)?.stakeholders.find((entry) => entry.id === personId) as Record<string, unknown> | undefined;
      expect({ key, value: person?.[field] }).toEqual({ key, value });
    }
    for (const key of added) {
      const [dealId = '', personId = ''] = key.split('/');
      expect({ key, kept: byId.get(dealId)?.stakeholders.some((entry) => entry.id === personId) }).toEqual({ key, kept: true });
    }
    for (const deal of byId.values()) {
      for (const person of deal.stakeholders) expect(influences).toContain(person.influence);
      for (const clash of deal.clashes ?? []) expect([clash.current.value, clash.other.value].every((value) => influences.has(value as number))).toBe(true);
    }
    for (const user of USERS) expect(['in-step', 'attention']).toContain((await services[user].teamStatus({})).state);
  }, 900_000);
});
