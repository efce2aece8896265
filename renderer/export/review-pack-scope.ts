// One line saying which deals a review pack covers, from the pipeline's filter.
import type { QualificationStage } from '../../shared/engine/types';
import { STAGE_LABELS } from '../../shared/model/vocabulary-labels';
import { isFiltering, type RowFilter } from '../../shared/pipeline';

function listOf(label: string, values: readonly (string | null)[] | undefined, none: string): string | null {
  if (!values || values.length === 0) return null;
  return `${label} ${values.map((value) => value ?? none).join(' or ')}`;
}

/** "Owner Sara Lind · Blocked only · 12 of 40 deals"; empty when every deal is in view. */
export function reviewPackScope(filter: RowFilter, shown: number, total: number): string {
  if (!isFiltering(filter)) return '';
  const parts = [
    listOf('Owner', filter.owners, 'none'),
    listOf('Stage', filter.stages?.map((stage: QualificationStage) => STAGE_LABELS[stage]), ''),
    listOf('Closing', filter.closeQuarters, 'no date'),
    listOf('Gap', filter.gapCodes, ''),
    filter.blockedOnly ? 'Blocked only' : null,
    filter.text?.trim() ? `Search “${filter.text.trim()}”` : null,
  ];
  return [...parts.filter((part): part is string => part !== null), `${shown} of ${total} deals`].join(' · ');
}
