// Every criterion of the lens with the evidence that set it, the people it names, and the next step.
import { useEffect, useRef } from 'react';
import { criterionLabelRef, type CriterionEvidence, type CriterionResult, type LensScorecard } from '../../shared/lenses';
import type { LensId } from '../../shared/model/vocabulary';
import { isMessageRef, messageRef } from '../../shared/i18n';
import type { Deal } from '../../shared/model/deal-schema';
import { useAppState, useAppStore } from '../state/store-context';
import { criterionStatusKey, CriterionStatusIcon } from './criterion-status';
import { useRenderMessage, useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';
import { CLOSE_GLYPH } from '../components/glyphs';

interface ScorecardDetailsProps {
  readonly id: string;
  readonly deal: Deal;
  readonly scorecard: LensScorecard;
  /** The criterion whose chip opened the details: scrolled to and marked. */
  readonly focus: string | null;
  readonly onClose: () => void;
}

/** The message a placeholder's evidence carries (shared/lenses/placeholder-cap.ts): shown with the "to be confirmed" badge. */
const TO_BE_CONFIRMED = 'lens-evidence.to-be-confirmed';

function PersonButton({ deal, stakeholderId }: { deal: Deal; stakeholderId: string }) {
  const store = useAppStore();
  const t = useT();
  const selected = useAppState((s) => s.selection.stakeholderId === stakeholderId);
  const name = deal.stakeholders.find((s) => s.id === stakeholderId)?.name ?? stakeholderId;
  return (
    <button
      type="button"
      className="evidence-person"
      aria-pressed={selected}
      title={selected ? t('scorecard.person-selected', { name }) : t('scorecard.person-show', { name })}
      onClick={() => store.selectStakeholder(selected ? null : stakeholderId)}
    >
      {name}
    </button>
  );
}

function EvidenceText({ found }: { found: CriterionEvidence }) {
  const t = useT();
  const render = useRenderMessage();
  const placeholder = found.message.id === TO_BE_CONFIRMED ? found.message.values?.placeholder : undefined;
  if (!isMessageRef(placeholder)) return <>{render(found.message)}</>;
  return (
    <>
      <span className="to-be-confirmed">{t('scorecard.to-be-confirmed')}</span>
      {render(messageRef('lens-evidence.placeholder-sentence', { placeholder }))}
    </>
  );
}

function CriterionDetail({ deal, lens, criterion, focused }: { deal: Deal; lens: LensId; criterion: CriterionResult; focused: boolean }) {
  const item = useRef<HTMLLIElement>(null);
  const t = useT();
  const render = useRenderMessage();
  const label = render(criterionLabelRef(lens, criterion));
  const status = t(criterionStatusKey(criterion.status));
  useEffect(() => {
    if (focused) item.current?.scrollIntoView?.({ block: 'nearest' });
  }, [focused]);
  return (
    <li
      ref={item}
      className={`criterion-detail status-${criterion.status}${focused ? ' is-focused' : ''}`}
      data-criterion={criterion.code}
      aria-label={t('scorecard.detail-label', { criterion: label, status })}
    >
      <h4 className="criterion-detail-title">
        <CriterionStatusIcon status={criterion.status} />
        {label}
        <span className="criterion-detail-status">{status}</span>
        {(criterion.placeholders?.length ?? 0) > 0 && <span className="to-be-confirmed">{t('scorecard.to-be-confirmed')}</span>}
      </h4>
      {criterion.evidence.length === 0 ? (
        <p className="evidence-none">{t('scorecard.no-evidence')}</p>
      ) : (
        <ul className="criterion-evidence" aria-label={t('scorecard.evidence-for', { criterion: label })}>
          {criterion.evidence.map((found, index) => (
            <li key={index}>
              <EvidenceText found={found} />
              {found.stakeholderIds.map((id) => (
                <PersonButton key={id} deal={deal} stakeholderId={id} />
              ))}
            </li>
          ))}
        </ul>
      )}
      {criterion.nextStep && (
        <p className="criterion-next">
          <span className="criterion-next-label">{t('scorecard.next')}</span> {render(criterion.nextStep)}
        </p>
      )}
    </li>
  );
}

export function ScorecardDetails({ id, deal, scorecard, focus, onClose }: ScorecardDetailsProps) {
  const t = useT();
  const lens = useVocabulary().lens[scorecard.lens];
  return (
    <section id={id} className="scorecard-details" aria-label={t('scorecard.details', { lens })}>
      <div className="scorecard-details-head">
        <h3 className="scorecard-details-title">{t('scorecard.details-title', { lens })}</h3>
        <button type="button" className="button button-icon button-quiet" aria-label={t('scorecard.close')} title={t('scorecard.close-title')} onClick={onClose}>
          {CLOSE_GLYPH}
        </button>
      </div>
      <ol className="criterion-list">
        {scorecard.criteria.map((criterion) => (
          <CriterionDetail key={criterion.code} deal={deal} lens={scorecard.lens} criterion={criterion} focused={criterion.code === focus} />
        ))}
      </ol>
    </section>
  );
}
