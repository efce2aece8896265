// "Opening the workspace…", with a progress bar while a first open (no index yet) reads every deal file.
import { useT } from '../i18n/use-t';
import { useAppState } from '../state/store-context';

export function OpeningProgress() {
  const t = useT();
  const progress = useAppState((s) => s.listingProgress);
  if (!progress || progress.total === 0) return <p>{t('map.opening')}</p>;
  return (
    <div className="opening-progress">
      <p id="opening-progress-label">
        {t('map.opening.reading', { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })}
      </p>
      <progress aria-labelledby="opening-progress-label" max={progress.total} value={progress.done} />
    </div>
  );
}
