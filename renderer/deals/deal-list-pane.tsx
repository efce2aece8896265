// The left pane: the workspace's deals, "New deal", rename and delete, unreadable files; folds to a rail.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { visibleDeals } from '../state/app-state';
import { useAppState, useAppStore } from '../state/store-context';
import { PlusIcon } from '../components/icons';
import { PaneToggle } from '../components/pane-toggle';
import { DealList } from './deal-list';
import { DeleteDealDialog } from './delete-deal-dialog';
import { FileProblems } from './file-problems';
import { NewDealDialog } from './new-deal-dialog';
import { RenameDealDialog } from './rename-deal-dialog';
import { DealSearchField } from './deal-search-field';
import { searchDeals, useDealSearch } from './deal-search';
import { focusOpenedDeal } from './use-opened-deal-focus';
import { SettingsButton } from '../settings/settings-button';
import { SettingsProblem } from '../settings/settings-problem';
import { useT } from '../i18n/use-t';
import { SPACE } from '../components/glyphs';

// The import wizard loads when first opened: no deal view needs it to show.
const ImportDialog = lazy(() => import('../import/import-dialog').then((module) => ({ default: module.ImportDialog })));

/** A name, the same in every language. */
const PRODUCT_NAME = 'Dealmap';

type OpenDialog = 'new' | 'import' | 'rename' | 'delete' | null;

export function DealListPane() {
  const store = useAppStore();
  const deals = useAppState((s) => s.deals);
  const openDeal = useAppState((s) => s.deal);
  const whatIf = useAppState((s) => s.whatIf);
  const problems = useAppState((s) => s.problems);
  const asOf = useAppState((s) => s.asOf);
  const settings = useAppState((s) => s.settings);
  const workspace = useAppState((s) => s.workspace);
  const collapsed = useAppState((s) => s.panes.dealListCollapsed);
  // The first listing under way (a cold open reads every file): no count and no "No deals yet" until it answers.
  const opening = useAppState((s) => s.loading && s.deals.length === 0);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const t = useT();
  const [search, setSearch] = useDealSearch(store);
  const listed = useMemo(() => visibleDeals({ deals, deal: openDeal, whatIf, asOf, settings }), [deals, openDeal, whatIf, asOf, settings]);
  const openDealId = openDeal?.id ?? null;
  const found = useMemo(() => searchDeals(listed, search, openDealId), [listed, search, openDealId]);
  const searching = search.trim() !== '';
  // With the list folded to a rail, a deal opened from the pipeline gets the focus here instead of in the list.
  useEffect(() => {
    if (collapsed) focusOpenedDeal(store.takeFocusRequest(), store.getState().deal?.id ?? null, null);
  }, [collapsed, store]);
  const close = () => setDialog(null);
  const dialogs = (
    <>
      {dialog === 'new' && <NewDealDialog onClose={close} />}
      {dialog === 'import' && (
        <Suspense fallback={null}>
          <ImportDialog onClose={close} />
        </Suspense>
      )}
      {dialog === 'rename' && openDeal && <RenameDealDialog currentName={openDeal.name} onClose={close} />}
      {dialog === 'delete' && openDeal && <DeleteDealDialog dealName={openDeal.name} onClose={close} />}
    </>
  );

  if (collapsed) {
    return (
      <nav className="deal-pane pane-rail" aria-label={t('deals.list')}>
        <span className="brand-mark" aria-hidden="true" />
        <PaneToggle pane="deal-list" />
        <button
          type="button"
          className="button button-icon button-primary"
          aria-label={t('deals.new')}
          title={t('deals.new')}
          onClick={() => setDialog('new')}
        >
          <PlusIcon />
        </button>
        <SettingsButton />
        {dialogs}
      </nav>
    );
  }

  return (
    <nav className="deal-pane" aria-label={t('deals.list')}>
      <header className="deal-pane-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{PRODUCT_NAME}</span>
          <SettingsButton />
          <PaneToggle pane="deal-list" />
        </div>
        <button type="button" className="button button-primary button-block" onClick={() => setDialog('new')}>
          <PlusIcon /> {t('deals.new')}
        </button>
        <button type="button" className="button button-block" onClick={() => setDialog('import')}>
          {t('deals.import')}
        </button>
      </header>
      <FileProblems problems={problems} />
      <SettingsProblem />
      <h2 className="pane-subtitle" id="deal-list-title">
        {t('deals.heading')}{SPACE}
        {!opening && (
          <span className="count" aria-live="polite">
            {searching ? t('deals.count-found', { found: found.matches, total: listed.length }) : t('deals.count', { total: listed.length })}
          </span>
        )}
      </h2>
      {listed.length > 0 && <DealSearchField text={search} onChange={setSearch} />}
      {searching && found.deals.length > found.matches && (
        <p className="deal-search-note">
          {found.matches === 0 ? t('deals.no-match') : ''}
          {t('deals.open-stays')}
        </p>
      )}
      <DealList
        deals={found.deals}
        searchText={search}
        opening={opening}
        takeFocusRequest={store.takeFocusRequest}
        openDealId={openDealId}
        onOpen={(id) => store.openDeal(id)}
        onRename={() => setDialog('rename')}
        onDelete={() => setDialog('delete')}
      />
      {workspace && (
        <footer className="workspace-path" title={workspace}>
          {t('deals.workspace', { path: workspace })}
        </footer>
      )}
      {dialogs}
    </nav>
  );
}
