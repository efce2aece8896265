// Small builders of the buying centers the layout tests need; relations come from the shared deal builder.
import type { Deal, Relation, Stakeholder } from '../../../shared/model/deal-schema';

export type LayoutDeal = Pick<Deal, 'stakeholders' | 'relations' | 'layout'>;

export function person(id: string, role: Stakeholder['role'] = 'user'): Stakeholder {
  return { id, name: id, role, stance: 'neutral', influence: 3, interest: 'unknown' };
}

export function layoutDeal(
  stakeholders: readonly Stakeholder[],
  relations: readonly Relation[] = [],
  layout?: Deal['layout'],
): LayoutDeal {
  return { stakeholders: [...stakeholders], relations: [...relations], layout };
}

/** The position of `id`, failing the test when the layout left it out. */
export function at(positions: Readonly<Record<string, { x: number; y: number }>>, id: string): { x: number; y: number } {
  const position = positions[id];
  if (!position) throw new Error(`no position for ${id}`);
  return position;
}
