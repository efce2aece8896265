// The computed qualification stage as a coloured badge with its word.
import type { QualificationStage } from '../../shared/engine/types';
import { STAGE_LABELS } from '../vocabulary-labels';

export function StageBadge({ stage }: { stage: QualificationStage }) {
  return <span className={`stage-badge stage-${stage}`}>{STAGE_LABELS[stage]}</span>;
}
