// Which lens the deal is read through: its own override, or the workspace default (choosing it drops the override).
import { useId } from 'react';
import { setDealLens } from '../../shared/edits/qualification-edits';
import { LENS_IDS, type LensId } from '../../shared/model/vocabulary';
import { useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';

const WORKSPACE_DEFAULT = '';

function asLens(value: string): LensId | null {
  return LENS_IDS.find((lens) => lens === value) ?? null;
}

export function LensPicker({ lens, defaultLens }: { lens: LensId | undefined; defaultLens: LensId }) {
  const store = useAppStore();
  const id = useId();
  const t = useT();
  const vocabulary = useVocabulary();
  return (
    <div className="lens-picker">
      <label htmlFor={id}>{t('scorecard.lens')}</label>
      <select
        id={id}
        value={lens ?? WORKSPACE_DEFAULT}
        onChange={(event) => {
          const chosen = asLens(event.target.value);
          store.edit((current) => setDealLens(current, chosen));
        }}
      >
        <option value={WORKSPACE_DEFAULT}>{t('scorecard.workspace-default', { lens: vocabulary.lens[defaultLens] })}</option>
        {LENS_IDS.map((option) => (
          <option key={option} value={option}>
            {vocabulary.lens[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
