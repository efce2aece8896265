// One criterion of the scorecard strip: its letter (or short word), status icon and status word.
import { criterionLabelRef, LENSES, type CriterionResult } from '../../shared/lenses';
import type { LensId } from '../../shared/model/vocabulary';
import { criterionStatusKey, CriterionStatusIcon } from './criterion-status';
import { useRenderMessage, useT, type Translate } from '../i18n/use-t';

const PENDING_MARK = '?';

/** The default lens has no acronym coaches know, so its chips carry a short word instead of a letter. */
const QUALIFIED_PROSPECT_WORDS: readonly string[] = ['need', 'interest', 'decision-involvement', 'saboteurs', 'value-case', 'referrals'];

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

export function chipText(t: Translate, lens: LensId, criterion: CriterionResult): string {
  if (lens === 'qualified-prospect') return QUALIFIED_PROSPECT_WORDS.includes(criterion.code) ? t(`scorecard.word.${criterion.code}`) : criterion.label;
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
  const t = useT();
  const render = useRenderMessage();
  const label = render(criterionLabelRef(lens, criterion));
  const statusWord = t(criterionStatusKey(criterion.status));
  const status = `${statusWord}${pending ? t('scorecard.pending') : ''}`;
  return (
    <button
      type="button"
      className={`criterion-chip status-${criterion.status}${pending ? ' has-placeholder' : ''}`}
      data-criterion={criterion.code}
      aria-expanded={expanded}
      aria-controls={expanded ? detailsId : undefined}
      title={
        criterion.nextStep
          ? t('scorecard.chip-title-next', { criterion: label, status, next: render(criterion.nextStep) })
          : t('scorecard.chip-title', { criterion: label, status })
      }
      onClick={onToggle}
    >
      <CriterionStatusIcon status={criterion.status} />
      <span className="visually-hidden">{t('scorecard.criterion-said', { criterion: label })}</span>
      <span className="criterion-chip-short" aria-hidden="true">
        {chipText(t, lens, criterion)}
      </span>
      <span className="criterion-chip-status">{statusWord}</span>
      {pending && (
        <span className="criterion-chip-pending" aria-hidden="true" title={t('scorecard.pending-title')}>
          {PENDING_MARK}
        </span>
      )}
      {pending && <span className="visually-hidden">{t('scorecard.pending')}</span>}
    </button>
  );
}
