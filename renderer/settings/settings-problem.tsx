// Says that settings.json could not be read, naming file, field and reason; the app goes on with the defaults.
import { useAppState } from '../state/store-context';
import { useT } from '../i18n/use-t';

const WARNING_SIGN = '⚠';

export function SettingsProblem() {
  const problem = useAppState((s) => s.settingsProblem);
  const t = useT();
  if (!problem) return null;
  return (
    <section className="settings-problem" aria-label={t('settings.problem.region')}>
      <h2 className="pane-subtitle">
        <span aria-hidden="true">{WARNING_SIGN}</span> {t('settings.problem.title')}
      </h2>
      <p className="settings-problem-message">{problem}</p>
      <p className="settings-problem-hint">{t('settings.problem.hint')}</p>
    </section>
  );
}
