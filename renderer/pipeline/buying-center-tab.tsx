// The pipeline's "Buying center" tab: one deal's influence-by-support matrix, the deal chosen here.
import { useEffect, useMemo, useState } from 'react';
import { influenceSupportMatrix, type PipelineRow } from '../../shared/pipeline';
import type { Deal } from '../../shared/model/deal-schema';
import { InfluenceSupportChart } from '../charts/influence-support-chart';
import { useAppState, useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';
import { SEPARATOR } from '../components/glyphs';

/** The chosen deal whole: the open deal's working copy, else fetched (the listing holds summaries only). */
function useChosenDeal(dealId: string | null): Deal | null {
  const store = useAppStore();
  const open = useAppState((s) => s.whatIf?.saved ?? s.deal);
  const listed = useAppState((s) => s.deals);
  const [fetched, setFetched] = useState<Deal | null>(null);
  const wanted = dealId !== null && open?.id !== dealId ? dealId : null;
  // A new listing (an outside change) fetches the deal again.
  const summary = listed.find((deal) => deal.id === wanted);
  useEffect(() => {
    if (wanted === null) return;
    let current = true;
    void store.fetchDeal(wanted).then((deal) => {
      if (current) setFetched(deal);
    });
    return () => {
      current = false;
    };
  }, [store, wanted, summary]);
  if (dealId === null) return null;
  if (open?.id === dealId) return open;
  return fetched?.id === dealId ? fetched : null;
}

interface BuyingCenterTabProps {
  /** The rows in view, in table order: the deal picker lists these. */
  readonly rows: readonly PipelineRow[];
  readonly dealId: string | null;
  readonly onDeal: (dealId: string) => void;
  readonly onOpen: (dealId: string) => void;
}

export function BuyingCenterTab({ rows, dealId, onDeal, onOpen }: BuyingCenterTabProps) {
  const deal = useChosenDeal(dealId);
  const t = useT();
  const matrix = useMemo(() => (deal ? influenceSupportMatrix(deal) : null), [deal]);
  const listed = deal && !rows.some((row) => row.dealId === deal.id) ? [{ dealId: deal.id, deal: deal.name, account: deal.account }, ...rows] : rows;
  return (
    <div className="buying-center-tab">
      <div className="buying-center-picker">
        <div className="field">
          <label htmlFor="matrix-deal">{t('pipeline.deal')}</label>
          <select id="matrix-deal" value={deal?.id ?? ''} onChange={(event) => onDeal(event.target.value)}>
            {!deal && <option value="">{t('pipeline.choose-deal')}</option>}
            {listed.map((row) => (
              <option key={row.dealId} value={row.dealId}>
                {[row.deal, row.account].join(SEPARATOR)}
              </option>
            ))}
          </select>
        </div>
        {deal && (
          <button type="button" className="button" onClick={() => onOpen(deal.id)}>
            {t('pipeline.open-in-map')}
          </button>
        )}
      </div>
      {deal && matrix ? (
        <InfluenceSupportChart matrix={matrix} dealName={deal.name} />
      ) : (
        <p className="chart-empty">{t('pipeline.choose-deal-hint')}</p>
      )}
    </div>
  );
}
