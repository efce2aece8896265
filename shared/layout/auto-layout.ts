// Automatic map layout: ELK's layered, top-down org chart, remembered per buying-center structure.
import type { Position } from '../model/deal-schema';
import { packGroups, type LaidOutGroup } from './department-packing';
import { departmentOf, peopleGraph, positionsFromElk, type LayoutDeal } from './elk-graph';
import { runElk } from './elk-layout';
import { emptyIdRecord } from '../model/id-record';

/** Stakeholder id to the top-left corner of its card. */
export type StakeholderPositions = Record<string, Position>;

const REMEMBERED = 24;
const remembered = new Map<string, StakeholderPositions>();

/** What the layout depends on: people, their departments and who is linked to whom, in file order. */
export function layoutSignature(deal: LayoutDeal): string {
  return JSON.stringify([
    deal.stakeholders.map((s) => [s.id, departmentOf(s)]),
    deal.relations.map((r) => [r.from, r.to, r.kind]),
  ]);
}

function copy(positions: StakeholderPositions): StakeholderPositions {
  const out = emptyIdRecord<Position>();
  for (const [id, position] of Object.entries(positions)) out[id] = { ...position };
  return out;
}

/**
 * Keeps a layout computed elsewhere (the map's layout worker) so the next `autoLayout` of the
 * same structure answers at once instead of running ELK on the calling thread.
 */
export function rememberLayout(signature: string, positions: StakeholderPositions): void {
  remembered.delete(signature);
  remembered.set(signature, copy(positions));
  if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value ?? '');
}

/** True when `autoLayout` of this structure would answer without running ELK. */
export function isLayoutRemembered(signature: string): boolean {
  return remembered.has(signature);
}

/** The people of each department of two or more, in order of first appearance; everyone else last. */
export function departmentGroups(deal: LayoutDeal): { readonly department: string; readonly ids: string[] }[] {
  const byName = new Map<string, string[]>();
  for (const stakeholder of deal.stakeholders) {
    const name = departmentOf(stakeholder);
    // Appended in place: copying the list for each person made this quadratic (11 ms for 300 on opening).
    const ids = byName.get(name);
    if (ids) ids.push(stakeholder.id);
    else byName.set(name, [stakeholder.id]);
  }
  const framed = [...byName].filter(([name, ids]) => name !== '' && ids.length > 1);
  const loose = [...byName].filter(([name, ids]) => name === '' || ids.length === 1).flatMap(([, ids]) => ids);
  return [...framed.map(([department, ids]) => ({ department, ids })), ...(loose.length > 0 ? [{ department: '', ids: loose }] : [])];
}

/** ELK's layout with nothing remembered: for the layout worker and for Node. */
export function computeLayout(deal: LayoutDeal): StakeholderPositions {
  if (deal.stakeholders.length === 0) return emptyIdRecord();
  const groups = departmentGroups(deal);
  const deciders = (ids: readonly string[]) =>
    deal.stakeholders.filter((s) => s.role === 'decision-maker' && ids.includes(s.id)).length;
  // The team with the most decision-makers goes on top, as the head of an org chart.
  const ordered = [...groups].sort((a, b) => deciders(b.ids) - deciders(a.ids));
  const laidOut: LaidOutGroup[] = ordered.map((group) => ({
    positions: positionsFromElk(runElk(peopleGraph(deal, group.ids))),
    framed: group.department !== '',
  }));
  return packGroups(laidOut);
}

/**
 * Lays out every stakeholder of the deal: a manager above their reports, influencers below the
 * people they influence, each department framed together, arrows given room between rows.
 * Deterministic: the same deal always gives the same positions.
 */
export function autoLayout(deal: LayoutDeal): StakeholderPositions {
  const signature = layoutSignature(deal);
  const known = remembered.get(signature);
  if (known) return copy(known);
  const positions = computeLayout(deal);
  rememberLayout(signature, positions);
  return copy(positions);
}
