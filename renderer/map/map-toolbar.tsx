// The map's toolbar: the open deal's title, map edits, undo/redo and the save status.
import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { QuickAddDialog } from './quick-add-dialog';
import type { Deal } from '../../shared/model/deal-schema';
import { applyAutoLayout } from '../../shared/edits/buying-center-edits';
import { useAppState, useAppStore } from '../state/store-context';
import { LayoutIcon, PlusIcon, RedoIcon, UndoIcon } from '../components/icons';
import { FIT_VIEW_OPTIONS } from './map-elements';
import { layoutOffThread } from './layout-off-thread';
import { SaveStatus } from './save-status';
import { WhatIfToggle } from '../whatif/what-if-toggle';
import { MapExportMenu } from '../export/map-export-menu';
import { useT } from '../i18n/use-t';

export function MapToolbar({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const history = useAppState((s) => s.history);
  const saveStatus = useAppState((s) => s.saveStatus);
  const { fitView } = useReactFlow();
  const [quickAdd, setQuickAdd] = useState(false);
  const t = useT();

  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('map.toolbar')}>
      <div className="map-title">
        <h1 className="deal-title">{deal.name}</h1>
        <span className="deal-subtitle">{deal.account}</span>
      </div>
      <div className="toolbar-group">
        <button type="button" className="button button-primary" title={t('map.add-stakeholder')} onClick={() => store.addStakeholder()}>
          <PlusIcon /> <span className="toolbar-label">{t('map.add-stakeholder')}</span>
        </button>
        <button type="button" className="button" title={t('map.quick-add.hint')} onClick={() => setQuickAdd(true)}>
          <PlusIcon /> <span className="toolbar-label">{t('map.quick-add')}</span>
        </button>
        <button
          type="button"
          className="button"
          title={t('map.auto-layout')}
          onClick={() => {
            // ELK runs in the layout worker; the edit then finds the layout remembered.
            void layoutOffThread(deal).then(() => {
              store.edit(applyAutoLayout);
              void fitView({ ...FIT_VIEW_OPTIONS, duration: 300 });
            });
          }}
        >
          <LayoutIcon /> <span className="toolbar-label">{t('map.auto-layout')}</span>
        </button>
        <WhatIfToggle />
        <MapExportMenu />
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="button button-icon"
          aria-label={t('map.undo')}
          title={t('map.undo.hint')}
          disabled={history.past.length === 0}
          onClick={() => store.undo()}
        >
          <UndoIcon />
        </button>
        <button
          type="button"
          className="button button-icon"
          aria-label={t('map.redo')}
          title={t('map.redo.hint')}
          disabled={history.future.length === 0}
          onClick={() => store.redo()}
        >
          <RedoIcon />
        </button>
      </div>
      {quickAdd && <QuickAddDialog onClose={() => setQuickAdd(false)} />}
      <SaveStatus status={saveStatus} onReload={() => void store.reloadDeal()} onRetry={() => void store.retrySave()} />
    </div>
  );
}
