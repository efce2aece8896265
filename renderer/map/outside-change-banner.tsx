// The open deal changed on disk while the user had unsaved edits: both versions side by side, and the choice.
import type { MessageRef } from '../../shared/i18n/message-ref';
import { dealDifferences } from '../../shared/model/deal-differences';
import { useRenderMessage, useT } from '../i18n/use-t';
import { useAppState, useAppStore } from '../state/store-context';

export function OutsideChangeBanner() {
  const store = useAppStore();
  const t = useT();
  const render = useRenderMessage();
  const show = (value: string | MessageRef) => (typeof value === 'string' ? value : render(value));
  const change = useAppState((s) => s.outsideChange);
  const mine = useAppState((s) => s.whatIf?.saved ?? s.deal);
  if (!change || !mine || mine.id !== change.dealId) return null;
  const { onDisk } = change;
  const differences = onDisk ? dealDifferences(mine, onDisk) : [];
  return (
    <section className="outside-change" role="alert" aria-label={t('map.outside-change.label')}>
      <p className="outside-change-title">
        {onDisk
          ? t('map.outside-change.changed', { deal: mine.name })
          : t('map.outside-change.deleted', { deal: mine.name })}
      </p>
      {differences.length > 0 && (
        <table className="outside-change-table">
          <thead>
            <tr>
              <th scope="col">{t('map.outside-change.field')}</th>
              <th scope="col">{t('map.outside-change.mine')}</th>
              <th scope="col">{t('map.outside-change.on-disk')}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((difference) => (
              <tr key={difference.field}>
                <th scope="row">{t(`map.outside-change.field.${difference.field}`)}</th>
                <td>{show(difference.mine)}</td>
                <td>{show(difference.theirs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="outside-change-actions">
        <button type="button" className="button button-small button-primary" onClick={() => store.keepMyVersion()}>
          {t(onDisk ? 'map.outside-change.keep-mine-over' : 'map.outside-change.keep-mine')}
        </button>
        {onDisk && (
          <button type="button" className="button button-small" onClick={() => store.takeVersionOnDisk()}>
            {t('map.outside-change.take-on-disk')}
          </button>
        )}
      </div>
    </section>
  );
}
