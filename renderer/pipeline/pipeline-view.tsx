// The pipeline review: revenue at risk, filters, then the deal table, the charts or one buying center.
import { useCallback, useMemo, type KeyboardEvent } from 'react';
import type { GapCode } from '../../shared/engine/types';
import { filterOptions, filterRows, revenueAtRisk, sortRows, type RowFilter, type RowSort } from '../../shared/pipeline';
import { useAppState, useAppStore } from '../state/store-context';
import { BuyingCenterTab } from './buying-center-tab';
import { PipelineCharts } from './pipeline-charts';
import { PipelineFilters } from './pipeline-filters';
import { PipelineTable } from './pipeline-table';
import { usePipelineUi, type PipelineTab } from './pipeline-ui-state';
import { RevenueAtRiskFigure } from './revenue-at-risk-figure';
import { usePipelineRows } from './use-pipeline-rows';
import { ReviewBar } from '../review/review-bar';
import { ReviewPackExportMenu } from '../export/review-pack-export-menu';
import { OneToOneButton } from '../review/one-to-one-dialog';
import { ForecastFigure } from './forecast-figure';
import '../styles/forecast.css';
import { useT } from '../i18n/use-t';

const TABS: readonly { tab: PipelineTab }[] = [{ tab: 'table' }, { tab: 'charts' }, { tab: 'buying-center' }];

export function PipelineView() {
  const store = useAppStore();
  const [ui, setUi] = usePipelineUi(store);
  const t = useT();
  const rows = usePipelineRows();
  const loading = useAppState((s) => s.loading);
  const openDeal = useAppState((s) => s.deal);
  const settings = useAppState((s) => s.settings);
  const options = useMemo(() => filterOptions(rows), [rows]);
  const filtered = useMemo(() => filterRows(rows, ui.filter), [rows, ui.filter]);
  const sorted = useMemo(() => sortRows(filtered, ui.sort), [filtered, ui.sort]);
  const risk = useMemo(() => revenueAtRisk(filtered), [filtered]);

  const open = useCallback((dealId: string) => store.openDealInMap(dealId), [store]);
  const openGap = useCallback((dealId: string, gapCode: GapCode) => store.openDealInMap(dealId, gapCode), [store]);
  const setActiveRow = useCallback((activeRow: number) => setUi({ activeRow }), [setUi]);

  // Tabs follow the ARIA pattern: one Tab stop, the arrow keys move between them.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const at = TABS.findIndex(({ tab }) => tab === ui.tab);
    const next = TABS[(at + step + TABS.length) % TABS.length];
    if (!next) return;
    setUi({ tab: next.tab });
    document.getElementById(`pipeline-tab-${next.tab}`)?.focus();
  };

  return (
    <main className="pipeline-view" aria-label={t('pipeline.review')}>
      <header className="pipeline-header">
        <h1 className="pipeline-title">{t('pipeline.title')}</h1>
        <RevenueAtRiskFigure risk={risk} settings={settings} />
      </header>
      <ForecastFigure rows={filtered} settings={settings} onOpen={open} />
      <ReviewBar />
      <PipelineFilters
        filter={ui.filter}
        options={options}
        shown={filtered.length}
        total={rows.length}
        onChange={(filter: RowFilter) => setUi({ filter, activeRow: 0 })}
      />
      <div className="pipeline-tabs-row">
        <div className="pipeline-tabs" role="tablist" aria-label={t('pipeline.views')} onKeyDown={onTabKey}>
          {TABS.map(({ tab }) => (
            <button
              key={tab}
              type="button"
              role="tab"
              id={`pipeline-tab-${tab}`}
              aria-selected={ui.tab === tab}
              tabIndex={ui.tab === tab ? 0 : -1}
              aria-controls="pipeline-tab-panel"
              className={`pipeline-tab${ui.tab === tab ? ' is-selected' : ''}`}
              onClick={() => setUi({ tab })}
            >
              {t(`pipeline.tab.${tab}`)}
            </button>
          ))}
        </div>
        <div className="pipeline-exports">
          <OneToOneButton rows={rows} owner={ui.filter.owners?.length === 1 ? (ui.filter.owners[0] ?? null) : null} />
          <ReviewPackExportMenu rows={sorted} total={rows.length} filter={ui.filter} />
        </div>
      </div>
      <div className="pipeline-body" id="pipeline-tab-panel" role="tabpanel" aria-labelledby={`pipeline-tab-${ui.tab}`}>
        {loading && rows.length === 0 && <p className="pipeline-empty">{t('pipeline.opening')}</p>}
        {ui.tab === 'table' && (
          <PipelineTable
            rows={sorted}
            sort={ui.sort}
            activeRow={ui.activeRow}
            onSort={(sort: RowSort) => setUi({ sort, activeRow: 0 })}
            onActiveRow={setActiveRow}
            onOpen={open}
          />
        )}
        {ui.tab === 'charts' && (
          <PipelineCharts rows={filtered} currency={ui.chartCurrency} onCurrency={(chartCurrency) => setUi({ chartCurrency })} onOpenGap={openGap} />
        )}
        {ui.tab === 'buying-center' && (
          <BuyingCenterTab
            rows={sorted}
            dealId={ui.matrixDealId ?? openDeal?.id ?? sorted[0]?.dealId ?? null}
            onDeal={(matrixDealId) => setUi({ matrixDealId })}
            onOpen={open}
          />
        )}
      </div>
    </main>
  );
}
