// The centre pane: toolbar and map of the open deal, and the dialog that completes a connection.
import { ReactFlowProvider } from '@xyflow/react';
import { useState } from 'react';
import { useAppState } from '../state/store-context';
import { BuyingCenterMap } from './buying-center-map';
import type { ConnectRequest } from './use-map-handlers';
import { ConnectDialog } from './connect-dialog';
import { MapToolbar } from './map-toolbar';
import { NoDealWelcome } from './no-deal-welcome';
import { OpeningProgress } from './opening-progress';
import { OutsideChangeBanner } from './outside-change-banner';
import { LeaveSimulationDialog } from '../whatif/leave-simulation-dialog';
import { SimulationNotice } from '../whatif/simulation-notice';
import { WhatIfBanner } from '../whatif/what-if-banner';
import { LensScorecard } from '../scorecard/lens-scorecard';
import { useT } from '../i18n/use-t';

export function MapPane() {
  const deal = useAppState((s) => s.deal);
  const fitRequest = useAppState((s) => s.fitRequest);
  const loading = useAppState((s) => s.loading);
  const loadError = useAppState((s) => s.loadError);
  const hasDeals = useAppState((s) => s.deals.length > 0);
  const simulating = useAppState((s) => s.whatIf !== null);
  const [connecting, setConnecting] = useState<ConnectRequest | null>(null);
  const t = useT();

  if (!deal) {
    return (
      <main className="map-pane map-empty" aria-label={t('map.label')}>
        {loading && <OpeningProgress />}
        {loadError && (
          <p className="form-error" role="alert">
            {t('map.load-error', { error: loadError })}
          </p>
        )}
        {!loading && !loadError && <NoDealWelcome hasDeals={hasDeals} />}
        <SimulationNotice />
      </main>
    );
  }
  return (
    <main className={`map-pane${simulating ? ' is-simulating' : ''}`} aria-label={t('map.label')}>
      {/* A fresh flow per opened deal: its viewport fits the whole buying center. */}
      <ReactFlowProvider key={`${deal.id}:${fitRequest}`}>
        <MapToolbar deal={deal} />
        <SimulationNotice />
        <OutsideChangeBanner />
        <WhatIfBanner />
        <LensScorecard deal={deal} />
        <div className="map-canvas">
          <BuyingCenterMap deal={deal} onConnectRequest={setConnecting} />
        </div>
        {connecting && <ConnectDialog deal={deal} request={connecting} onClose={() => setConnecting(null)} />}
        <LeaveSimulationDialog />
      </ReactFlowProvider>
    </main>
  );
}
