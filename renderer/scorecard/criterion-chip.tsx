// One criterion of the scorecard strip: its letter (or short word), status icon and status word.
import { LENSES, type CriterionResult } from '../../shared/lenses';
import type { LensId } from '../../shared/model/vocabulary';
import { CRITERION_STATUS_LABELS, CriterionStatusIcon } from './criterion-status';

/** The default lens has no acronym coaches know, so its chips carry a short word instead of a letter. */
const QUALIFIED_PROSPECT_WORDS: Readonly<Record<string, string>> = {
  need: 'Need',
  interest: 'Interest',
  'decision-involvement': 'Decision',
  saboteurs: 'Saboteurs',
  'value-case': 'Value',
  referrals: 'Referrals',
};

/** MEDDPICC's letters repeat (two D, two C): its chips carry the short forms coaches use instead. */
const MEDDPICC_SHORT: Readonly<Record<string, string>> = {
  metrics: 'M',
  'economic-buyer': 'EB',
  'decision-criteria': 'DC',
  'decision-process': 'DP',
  'paper-process': 'PP',
  'identified-pain': 'IP',
  champion: 'Ch',
  competition: 'Co',
};

export function chipText(lens: LensId, criterion: CriterionResult): string {
  if (lens === 'qualified-prospect') return QUALIFIED_PROSPECT_WORDS[criterion.code] ?? criterion.label;
  const meddpiccShort = lens === 'meddpicc' ? MEDDPICC_SHORT[criterion.code] : undefined;
  if (meddpiccShort) return meddpiccShort;
  return LENSES[lens].criteria.find((c) => c.code === criterion.code)?.letter ?? criterion.label;
}

interface CriterionChipProps {
  readonly lens: LensId;
  readonly criterion: CriterionResult;
  /** The details are open on this criterion. */
  readonly expanded: boolean;
  readonly detailsId: string;
  readonly onToggle: () => void;
}

export function CriterionChip({ lens, criterion, expanded, detailsId, onToggle }: CriterionChipProps) {
  const pending = (criterion.placeholders?.length ?? 0) > 0;
  const status = `${CRITERION_STATUS_LABELS[criterion.status]}${pending ? ', to be confirmed' : ''}`;
  return (
    <button
      type="button"
      className={`criterion-chip status-${criterion.status}${pending ? ' has-placeholder' : ''}`}
      data-criterion={criterion.code}
      aria-expanded={expanded}
      aria-controls={expanded ? detailsId : undefined}
      title={criterion.nextStep ? `${criterion.label}: ${status}. Next: ${criterion.nextStep}` : `${criterion.label}: ${status}`}
      onClick={onToggle}
    >
      <CriterionStatusIcon status={criterion.status} />
      <span className="visually-hidden">{criterion.label}: </span>
      <span className="criterion-chip-short" aria-hidden="true">
        {chipText(lens, criterion)}
      </span>
      <span className="criterion-chip-status">{CRITERION_STATUS_LABELS[criterion.status]}</span>
      {pending && (
        <span className="criterion-chip-pending" aria-hidden="true" title="To be confirmed: a placeholder stands in for the customer's answer">
          ?
        </span>
      )}
      {pending && <span className="visually-hidden">, to be confirmed</span>}
    </button>
  );
}
