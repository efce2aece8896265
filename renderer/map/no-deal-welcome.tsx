// What the map pane shows when the workspace has no deal open: what a deal map is, and a way to start one.
import { useState } from 'react';
import { PlusIcon } from '../components/icons';
import { NewDealDialog } from '../deals/new-deal-dialog';

export function NoDealWelcome({ hasDeals }: { hasDeals: boolean }) {
  const [creating, setCreating] = useState(false);
  return (
    <div className="no-deal-welcome">
      <h1 className="welcome-title">{hasDeals ? 'No deal is open' : 'No deals in this workspace yet'}</h1>
      <p className="welcome-text">
        A deal maps the buying center: who decides, who influences them, who works against you.
        Dealmap then lists the gaps that block the close.
      </p>
      {hasDeals ? (
        <p className="welcome-text">Open one from the list, or start a new one.</p>
      ) : (
        <p className="welcome-text">Start with the deal you are working on now: its name and the customer’s account.</p>
      )}
      <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
        <PlusIcon /> Create a deal
      </button>
      {creating && <NewDealDialog onClose={() => setCreating(false)} />}
    </div>
  );
}
