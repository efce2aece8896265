// Who changed the open deal (or the selected person), when, and what: from the team workspace's git history.
import { useEffect, useState } from 'react';
import type { DealHistoryEntry } from '../../shared/api/team-contract';
import { errorMessage } from '../api/dealmap-client';
import { useAppStore } from '../state/store-context';
import { ChangesSinceDate } from './changes-since-date';
import { useDealmapIntl } from '../i18n/language-context';
import { MessageText } from '../i18n/message-text';
import { renderMessage, type DealmapIntl } from '../../shared/i18n';
import { formatMoment } from '../i18n/locale-format';
import { useT } from '../i18n/use-t';

/** The entries that mention the person: their own fields, and their being added or removed. */
function aboutPerson(entries: readonly DealHistoryEntry[], name: string, intl: DealmapIntl): DealHistoryEntry[] {
  return entries.flatMap((entry) => {
    const changes = entry.changes.filter((change) => renderMessage(intl, change).includes(name));
    return changes.length > 0 ? [{ ...entry, changes }] : [];
  });
}

export function DealHistorySection({ dealId, revision, personName }: { readonly dealId: string; readonly revision: number; readonly personName: string | null }) {
  const store = useAppStore();
  const [open, setOpen] = useState(false);
  const t = useT();
  const intl = useDealmapIntl();
  const [entries, setEntries] = useState<readonly DealHistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    let current = true;
    store.dealHistory({ id: dealId, limit: 100 }).then(
      (history) => current && setEntries(history.entries),
      (failure: unknown) => current && setError(errorMessage(failure)),
    );
    return () => {
      current = false;
    };
  }, [store, dealId, revision, open]);
  const shown = entries === null ? null : personName === null ? entries : aboutPerson(entries, personName, intl);
  return (
    <section className="panel-section deal-history" aria-label={personName === null ? t('team.history.deal') : t('team.history.person', { name: personName })}>
      <button type="button" className="panel-title link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {personName === null ? t('team.history') : t('team.history.person', { name: personName })}
      </button>
      {open && personName === null && <ChangesSinceDate dealId={dealId} revision={revision} />}
      {open && error !== null && <p className="deal-history-empty">{error}</p>}
      {open && shown !== null && shown.length === 0 && <p className="deal-history-empty">{t('team.history.none')}</p>}
      {open && shown !== null && shown.length > 0 && (
        <ol className="deal-history-list">
          {shown.map((entry) => (
            <li key={entry.commit}>
              <span className="deal-history-who">
                {t('team.history.who', { by: entry.by, at: formatMoment(intl, entry.at) })}
              </span>
              <ul>
                {entry.changes.map((change, index) => (
                  <li key={index}>
                    <MessageText message={change} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
