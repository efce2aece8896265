// "Opening the workspace…", with a progress bar while a first open (no index yet) reads every deal file.
import { useAppState } from '../state/store-context';

export function OpeningProgress() {
  const progress = useAppState((s) => s.listingProgress);
  if (!progress || progress.total === 0) return <p>Opening the workspace…</p>;
  return (
    <div className="opening-progress">
      <p id="opening-progress-label">
        Reading the deal files: {progress.done.toLocaleString()} of {progress.total.toLocaleString()}
      </p>
      <progress aria-labelledby="opening-progress-label" max={progress.total} value={progress.done} />
    </div>
  );
}
