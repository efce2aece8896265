// Short words for gap codes in the table, filters and charts, in the chosen language.
import { useCallback } from 'react';
import type { GapCode } from '../../shared/engine/types';
import { useT } from '../i18n/use-t';

export { gapCodeLabel } from '../../shared/model/vocabulary-labels';

/** `no-ally-path` -> "No ally path" / "Ingen väg via allierade". */
export function useGapCodeLabel(): (code: GapCode) => string {
  const t = useT();
  return useCallback((code: GapCode) => t(`pipeline.gap-code.${code}`), [t]);
}
