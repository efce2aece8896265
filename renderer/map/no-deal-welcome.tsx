// What the map pane shows when the workspace has no deal open: what a deal map is, and a way to start one.
import { useState } from 'react';
import { PlusIcon } from '../components/icons';
import { NewDealDialog } from '../deals/new-deal-dialog';
import { useT } from '../i18n/use-t';

export function NoDealWelcome({ hasDeals }: { hasDeals: boolean }) {
  const t = useT();
  const [creating, setCreating] = useState(false);
  return (
    <div className="no-deal-welcome">
      <h1 className="welcome-title">{t(hasDeals ? 'map.welcome.none-open' : 'map.welcome.no-deals')}</h1>
      <p className="welcome-text">{t('map.welcome.intro')}</p>
      {hasDeals ? (
        <p className="welcome-text">{t('map.welcome.open-one')}</p>
      ) : (
        <p className="welcome-text">{t('map.welcome.start')}</p>
      )}
      <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
        <PlusIcon /> {t('map.welcome.create')}
      </button>
      {creating && <NewDealDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
