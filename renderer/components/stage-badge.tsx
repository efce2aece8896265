// The computed qualification stage as a coloured badge with its word.
import type { QualificationStage } from '../../shared/engine/types';
import { useVocabulary } from '../i18n/use-vocabulary';

export function StageBadge({ stage }: { stage: QualificationStage }) {
  const vocabulary = useVocabulary();
  return <span className={`stage-badge stage-${stage}`}>{vocabulary.stage[stage]}</span>;
}
