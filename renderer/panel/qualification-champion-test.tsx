// The champion test of one stakeholder: power, influence and a personal stake, or "not tested" yet.
import type { Stakeholder } from '../../shared/model/deal-schema';
import { clearChampionTest, UNTESTED_CHAMPION, updateChampionTest } from '../../shared/edits/qualification-edits';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';

function verdictOf(stakeholder: Stakeholder): string {
  const test = stakeholder.championTest;
  if (!test) return 'Not tested yet.';
  const passed = [test.power && 'power', test.influence && 'influence', test.personalStake.trim() && 'a personal stake'].filter(Boolean);
  if (passed.length === 3) return 'Passes: power, influence and a personal stake.';
  return passed.length === 0 ? 'Tested: nothing shown yet.' : `Shown so far: ${passed.join(', ')}.`;
}

export function ChampionTestEditor({ stakeholder }: { stakeholder: Stakeholder }) {
  const store = useAppStore();
  const id = stakeholder.id;
  const test = stakeholder.championTest ?? UNTESTED_CHAMPION;
  const patch = (field: string, value: Parameters<typeof updateChampionTest>[2]) =>
    store.edit((current) => updateChampionTest(current, id, value), `stakeholder:${id}:champion-${field}`);
  return (
    <div className="champion-test" role="group" aria-labelledby={`champion-test-${id}`}>
      <h3 className="panel-subtitle" id={`champion-test-${id}`}>
        Champion test
      </h3>
      <p className="champion-test-verdict muted">{verdictOf(stakeholder)}</p>
      <div className="champion-test-checks">
        <label className="checkbox-field">
          <input type="checkbox" checked={test.power} onChange={(event) => patch('power', { power: event.target.checked })} />
          Has power
        </label>
        <label className="checkbox-field">
          <input type="checkbox" checked={test.influence} onChange={(event) => patch('influence', { influence: event.target.checked })} />
          Has influence
        </label>
      </div>
      <TextField
        label="Personal stake"
        value={test.personalStake}
        placeholder="What they win if the deal closes"
        onChange={(personalStake) => patch('stake', { personalStake })}
      />
      {stakeholder.championTest && (
        <button type="button" className="button button-small button-quiet" onClick={() => store.edit((current) => clearChampionTest(current, id))}>
          Clear test
        </button>
      )}
    </div>
  );
}
