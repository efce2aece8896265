// The difference between the saved deal and the what-if scratch copy, recomputed only when either changes.
import { useMemo } from 'react';
import { compareQualifications, whatIfDifferences, type QualificationDiff, type WhatIfDifference } from '../../shared/whatif';
import { qualificationOf } from '../state/qualification';
import { useAppState } from '../state/store-context';

export interface WhatIfChange {
  readonly diff: QualificationDiff;
  /** Every change of the scratch copy in words; empty exactly when it equals the saved deal. */
  readonly differences: readonly WhatIfDifference[];
}

export function useWhatIfDiff(): WhatIfChange | null {
  const saved = useAppState((s) => s.whatIf?.saved ?? null);
  const scratch = useAppState((s) => s.deal);
  const asOf = useAppState((s) => s.asOf);
  const settings = useAppState((s) => s.settings);
  return useMemo(() => {
    if (!saved || !scratch) return null;
    const options = settings ? { asOf, settings } : { asOf };
    return {
      diff: compareQualifications(qualificationOf(saved, asOf, settings), qualificationOf(scratch, asOf, settings)),
      differences: whatIfDifferences(saved, scratch, options),
    };
  }, [saved, scratch, asOf, settings]);
}
