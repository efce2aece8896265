// Asks the layout worker for a buying center's automatic layout and remembers it for the sync callers.
import { computeLayout, isLayoutRemembered, layoutSignature, rememberLayout, type StakeholderPositions } from '../../shared/layout/auto-layout';
import type { LayoutDeal } from '../../shared/layout/elk-graph';

export interface LayoutRequest {
  readonly id: number;
  readonly deal: LayoutDeal;
}

export type LayoutAnswer =
  | { readonly id: number; readonly positions: StakeholderPositions }
  | { readonly id: number; readonly error: string };

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (answer: LayoutAnswer) => void>();
const pending = new Map<string, Promise<void>>();

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'dealmap-layout' });
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    // A worker that cannot start answers every waiting request with an error; they fall back.
    worker.onerror = () => {
      for (const [id, answer] of waiting) answer({ id, error: 'The layout worker stopped.' });
      waiting.clear();
      worker = null;
    };
  } catch {
    // No workers here (a test DOM): the layout runs in this thread instead.
    worker = null;
  }
  return worker;
}

/** Only what the layout reads, so the message stays small and clonable. */
function layoutPart(deal: LayoutDeal): LayoutDeal {
  return {
    stakeholders: deal.stakeholders.map((s) => ({ id: s.id, name: s.name, role: s.role, stance: s.stance, influence: s.influence, interest: s.interest, ...(s.department === undefined ? {} : { department: s.department }) })),
    relations: deal.relations.map((r) => ({ ...r })),
  };
}

/**
 * Resolves once the automatic layout of this buying center is remembered, so `autoLayout`
 * answers at once. Computed in the layout worker; in this thread only where there is none.
 */
export function layoutOffThread(deal: LayoutDeal): Promise<void> {
  const signature = layoutSignature(deal);
  if (isLayoutRemembered(signature)) return Promise.resolve();
  const already = pending.get(signature);
  if (already) return already;
  const target = layoutWorker();
  const done = new Promise<void>((resolve) => {
    if (!target) {
      rememberLayout(signature, computeLayout(deal));
      resolve();
      return;
    }
    const id = nextId++;
    waiting.set(id, (answer) => {
      // Without an answer from the worker, lay out here: a slow map beats an empty one.
      rememberLayout(signature, 'error' in answer ? computeLayout(deal) : answer.positions);
      resolve();
    });
    target.postMessage({ id, deal: layoutPart(deal) } satisfies LayoutRequest);
  }).finally(() => pending.delete(signature));
  pending.set(signature, done);
  return done;
}
