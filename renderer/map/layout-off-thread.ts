// Asks the map worker for a buying center's automatic layout and remembers it for the sync callers.
import { computeLayout, isLayoutRemembered, layoutSignature, rememberLayout } from '../../shared/layout/auto-layout';
import type { LayoutDeal } from '../../shared/layout/elk-graph';
import { askMapWorker } from './map-worker-client';

const pending = new Map<string, Promise<void>>();

/** Only what the layout reads, so the message stays small and clonable. */
function layoutPart(deal: LayoutDeal): LayoutDeal {
  return {
    stakeholders: deal.stakeholders.map((s) => ({ id: s.id, name: s.name, role: s.role, stance: s.stance, influence: s.influence, interest: s.interest, ...(s.department === undefined ? {} : { department: s.department }) })),
    relations: deal.relations.map((r) => ({ ...r })),
  };
}

/**
 * Resolves once the automatic layout of this buying center is remembered, so `autoLayout`
 * answers at once. Computed in the map worker; in this thread only where there is none.
 */
export function layoutOffThread(deal: LayoutDeal): Promise<void> {
  const signature = layoutSignature(deal);
  if (isLayoutRemembered(signature)) return Promise.resolve();
  const already = pending.get(signature);
  if (already) return already;
  const asked = askMapWorker({ kind: 'layout', deal: layoutPart(deal) });
  const done = (asked ?? Promise.resolve(null))
    .then((answer) => {
      // Without an answer from the worker, lay out here: a slow map beats an empty one.
      rememberLayout(signature, answer && 'positions' in answer ? answer.positions : computeLayout(deal));
    })
    .finally(() => pending.delete(signature));
  pending.set(signature, done);
  return done;
}
