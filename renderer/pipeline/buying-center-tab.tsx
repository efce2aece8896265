// The pipeline's "Buying center" tab: one deal's influence-by-support matrix, the deal chosen here.
import { useMemo } from 'react';
import { influenceSupportMatrix, type PipelineRow } from '../../shared/pipeline';
import type { Deal } from '../../shared/model/deal-schema';
import { InfluenceSupportChart } from '../charts/influence-support-chart';

interface BuyingCenterTabProps {
  readonly deals: readonly Deal[];
  /** The rows in view, in table order: the deal picker lists these. */
  readonly rows: readonly PipelineRow[];
  readonly dealId: string | null;
  readonly onDeal: (dealId: string) => void;
  readonly onOpen: (dealId: string) => void;
}

export function BuyingCenterTab({ deals, rows, dealId, onDeal, onOpen }: BuyingCenterTabProps) {
  const deal = deals.find((d) => d.id === dealId) ?? null;
  const matrix = useMemo(() => (deal ? influenceSupportMatrix(deal) : null), [deal]);
  const listed = deal && !rows.some((row) => row.dealId === deal.id) ? [{ dealId: deal.id, deal: deal.name, account: deal.account }, ...rows] : rows;
  return (
    <div className="buying-center-tab">
      <div className="buying-center-picker">
        <div className="field">
          <label htmlFor="matrix-deal">Deal</label>
          <select id="matrix-deal" value={deal?.id ?? ''} onChange={(event) => onDeal(event.target.value)}>
            {!deal && <option value="">Choose a deal</option>}
            {listed.map((row) => (
              <option key={row.dealId} value={row.dealId}>
                {row.deal} · {row.account}
              </option>
            ))}
          </select>
        </div>
        {deal && (
          <button type="button" className="button" onClick={() => onOpen(deal.id)}>
            Open in map
          </button>
        )}
      </div>
      {deal && matrix ? (
        <InfluenceSupportChart matrix={matrix} dealName={deal.name} />
      ) : (
        <p className="chart-empty">Choose a deal to see its stakeholders by influence and support.</p>
      )}
    </div>
  );
}
