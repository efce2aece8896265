// Says that settings.json could not be read, naming file, field and reason; the app goes on with the defaults.
import { useAppState } from '../state/store-context';

export function SettingsProblem() {
  const problem = useAppState((s) => s.settingsProblem);
  if (!problem) return null;
  return (
    <section className="settings-problem" aria-label="Workspace settings problem">
      <h2 className="pane-subtitle">
        <span aria-hidden="true">⚠</span> Workspace settings not read
      </h2>
      <p className="settings-problem-message">{problem}</p>
      <p className="settings-problem-hint">Every deal is qualified with the default settings until then.</p>
    </section>
  );
}
