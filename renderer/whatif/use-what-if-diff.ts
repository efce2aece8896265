// The difference between the saved deal and the what-if scratch copy, recomputed only when either changes.
import { useMemo } from 'react';
import { compareQualifications, type QualificationDiff } from '../../shared/whatif';
import { qualificationOf } from '../state/qualification';
import { useAppState } from '../state/store-context';

export function useWhatIfDiff(): QualificationDiff | null {
  const saved = useAppState((s) => s.whatIf?.saved ?? null);
  const scratch = useAppState((s) => s.deal);
  const asOf = useAppState((s) => s.asOf);
  const settings = useAppState((s) => s.settings);
  return useMemo(
    () =>
      saved && scratch
        ? compareQualifications(qualificationOf(saved, asOf, settings), qualificationOf(scratch, asOf, settings))
        : null,
    [saved, scratch, asOf, settings],
  );
}
