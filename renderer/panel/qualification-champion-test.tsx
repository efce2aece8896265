// The champion test of one stakeholder: power, influence and a personal stake, or "not tested" yet.
import type { Stakeholder } from '../../shared/model/deal-schema';
import { clearChampionTest, UNTESTED_CHAMPION, updateChampionTest } from '../../shared/edits/qualification-edits';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';
import { useT, type Translate } from '../i18n/use-t';

function verdictOf(t: Translate, stakeholder: Stakeholder): string {
  const test = stakeholder.championTest;
  if (!test) return t('panel.q.champion.not-tested');
  const passed = [
    test.power && t('panel.q.champion.power'),
    test.influence && t('panel.q.champion.influence'),
    test.personalStake.trim() && t('panel.q.champion.stake'),
  ].filter(Boolean);
  if (passed.length === 3) return t('panel.q.champion.passes');
  return passed.length === 0 ? t('panel.q.champion.nothing') : t('panel.q.champion.so-far', { shown: passed.join(', ') });
}

export function ChampionTestEditor({ stakeholder }: { stakeholder: Stakeholder }) {
  const store = useAppStore();
  const t = useT();
  const id = stakeholder.id;
  const test = stakeholder.championTest ?? UNTESTED_CHAMPION;
  const patch = (field: string, value: Parameters<typeof updateChampionTest>[2]) =>
    store.edit((current) => updateChampionTest(current, id, value), `stakeholder:${id}:champion-${field}`);
  return (
    <div className="champion-test" role="group" aria-labelledby={`champion-test-${id}`}>
      <h3 className="panel-subtitle" id={`champion-test-${id}`}>
        {t('panel.q.champion.title')}
      </h3>
      <p className="champion-test-verdict muted">{verdictOf(t, stakeholder)}</p>
      <div className="champion-test-checks">
        <label className="checkbox-field">
          <input type="checkbox" checked={test.power} onChange={(event) => patch('power', { power: event.target.checked })} />
          {t('panel.q.champion.has-power')}
        </label>
        <label className="checkbox-field">
          <input type="checkbox" checked={test.influence} onChange={(event) => patch('influence', { influence: event.target.checked })} />
          {t('panel.q.champion.has-influence')}
        </label>
      </div>
      <TextField
        label={t('panel.q.champion.personal-stake')}
        value={test.personalStake}
        placeholder={t('panel.q.champion.stake-placeholder')}
        onChange={(personalStake) => patch('stake', { personalStake })}
      />
      {stakeholder.championTest && (
        <button type="button" className="button button-small button-quiet" onClick={() => store.edit((current) => clearChampionTest(current, id))}>
          {t('panel.q.champion.clear')}
        </button>
      )}
    </div>
  );
}
