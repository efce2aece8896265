// The open deal changed on disk while the user had unsaved edits: both versions side by side, and the choice.
import { dealDifferences } from '../../shared/model/deal-differences';
import { useAppState, useAppStore } from '../state/store-context';

export function OutsideChangeBanner() {
  const store = useAppStore();
  const change = useAppState((s) => s.outsideChange);
  const mine = useAppState((s) => s.whatIf?.saved ?? s.deal);
  if (!change || !mine || mine.id !== change.dealId) return null;
  const { onDisk } = change;
  const differences = onDisk ? dealDifferences(mine, onDisk) : [];
  return (
    <section className="outside-change" role="alert" aria-label="Changed on disk">
      <p className="outside-change-title">
        {onDisk
          ? `“${mine.name}” changed on disk while you were editing it (someone else, a sync tool or the CLI saved it). Nothing was replaced: choose which version to keep.`
          : `“${mine.name}” was deleted or damaged on disk while you were editing it. Your version is still here.`}
      </p>
      {differences.length > 0 && (
        <table className="outside-change-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours (not saved)</th>
              <th scope="col">On disk</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((difference) => (
              <tr key={difference.field}>
                <th scope="row">{difference.field}</th>
                <td>{difference.mine}</td>
                <td>{difference.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="outside-change-actions">
        <button type="button" className="button button-small button-primary" onClick={() => store.keepMyVersion()}>
          {onDisk ? 'Keep mine (save over it)' : 'Keep mine'}
        </button>
        {onDisk && (
          <button type="button" className="button button-small" onClick={() => store.takeVersionOnDisk()}>
            Take the version on disk
          </button>
        )}
      </div>
    </section>
  );
}
