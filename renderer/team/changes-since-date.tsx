// "Changed since": the open deal compared with itself as it was at a date (a review date), from the team's git history.
import { MessageText } from '../i18n/message-text';
import { useEffect, useState } from 'react';
import type { DealAsOf } from '../../shared/api/team-contract';
import { errorMessage } from '../api/dealmap-client';
import { useAppStore } from '../state/store-context';
import { LocaleDateInput } from '../components/locale-date-input';
import { useDealmapIntl } from '../i18n/language-context';
import { formatIsoDate, formatMoment } from '../i18n/locale-format';
import { useT } from '../i18n/use-t';

export function ChangesSinceDate({ dealId, revision }: { readonly dealId: string; readonly revision: number }) {
  const store = useAppStore();
  const t = useT();
  const intl = useDealmapIntl();
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
        {t('team.since.label')}
        <LocaleDateInput value={date} onChange={setDate} />
      </label>
      {error !== null && <p className="deal-history-empty">{error}</p>}
      {found !== null && found.date === date && (
        <div className="changes-since-result" aria-live="polite">
          {found.deal === null ? (
            <p className="deal-history-empty">{t('team.since.not-yet', { date: formatIsoDate(intl, date) })}</p>
          ) : (
            <>
              <p className="deal-history-who">
                {t('team.since.as-of', { date: formatIsoDate(intl, date), by: found.by ?? '', at: found.at ? formatMoment(intl, found.at) : '' })}
              </p>
              {found.changesSince.length === 0 ? (
                <p className="deal-history-empty">{t('team.since.nothing')}</p>
              ) : (
                <ul className="changes-since-list">
                  {found.changesSince.map((change, index) => (
                    <li key={index}>
                      <MessageText message={change} />
                    </li>
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
