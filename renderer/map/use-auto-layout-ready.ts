// True once a never-arranged deal's automatic layout is known; until then the map waits for the worker.
import { useEffect, useState } from 'react';
import { autoLayout, isLayoutRemembered, layoutSignature } from '../../shared/layout/auto-layout';
import type { Deal } from '../../shared/model/deal-schema';
import { ownValue } from '../../shared/model/id-record';
import { layoutOffThread } from './layout-off-thread';

/** A deal with a saved position for anyone keeps its layout; only one with none is laid out automatically. */
function needsAutoLayout(deal: Deal): string | null {
  if (deal.stakeholders.length === 0) return null;
  if (deal.stakeholders.some((s) => ownValue(deal.layout ?? {}, s.id) !== undefined)) return null;
  const signature = layoutSignature(deal);
  if (isLayoutRemembered(signature)) return null;
  // Without workers (a test DOM) the layout is computed, and remembered, right here.
  if (typeof Worker === 'undefined') {
    autoLayout(deal);
    return null;
  }
  return signature;
}

export function useAutoLayoutReady(deal: Deal): { ready: boolean; error: string | null } {
  const missing = needsAutoLayout(deal);
  const [arrived, setArrived] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (missing === null) return;
    let current = true;
    layoutOffThread(deal).then(
      () => current && setArrived(missing),
      (reason: unknown) => current && setError(reason instanceof Error ? reason.message : String(reason)),
    );
    return () => {
      current = false;
    };
  }, [missing, deal]);
  return { ready: missing === null || arrived === missing, error };
}
