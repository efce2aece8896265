// "Changed since": the open deal compared with itself as it was at a date (a review date), from the team's git history.
import { useEffect, useState } from 'react';
import type { DealAsOf } from '../../shared/api/team-contract';
import { errorMessage } from '../api/dealmap-client';
import { useAppStore } from '../state/store-context';

export function ChangesSinceDate({ dealId, revision }: { readonly dealId: string; readonly revision: number }) {
  const store = useAppStore();
  const [date, setDate] = useState('');
  const [found, setFound] = useState<DealAsOf | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    let current = true;
    store.dealAsOf({ id: dealId, date }).then(
      (answer) => current && (setFound(answer), setError(null)),
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [store, dealId, date, revision]);
  return (
    <div className="changes-since">
      <label className="changes-since-field">
        Changed since
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </label>
      {error !== null && <p className="deal-history-empty">{error}</p>}
      {found !== null && found.date === date && (
        <div className="changes-since-result" aria-live="polite">
          {found.deal === null ? (
            <p className="deal-history-empty">The deal did not exist yet on {date}.</p>
          ) : (
            <>
              <p className="deal-history-who">
                As of {date}: last changed by {found.by} on {(found.at ?? '').slice(0, 10)}
              </p>
              {found.changesSince.length === 0 ? (
                <p className="deal-history-empty">Nothing changed since.</p>
              ) : (
                <ul className="changes-since-list">
                  {found.changesSince.map((change) => (
                    <li key={change}>{change}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
