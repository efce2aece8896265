// A deal's changes since the review, grouped (deal, buying center, gaps); a slipped close date stands out.
import type { DealChange } from '../../shared/review';
import { SeverityIcon } from '../components/icons';
import { changeGroup, changeLine, changeTone, type ChangeGroup } from './change-wording';
import { useRenderMessage, useT } from '../i18n/use-t';

const GROUP_ORDER: readonly ChangeGroup[] = ['deal', 'buying-center', 'gaps'];

const TONE_MARKS = { good: '▲', bad: '▼', neutral: '•' } as const;

function ChangeItem({ change }: { change: DealChange }) {
  const tone = changeTone(change);
  const t = useT();
  const say = useRenderMessage();
  const slipped = change.kind === 'close-date-changed' && change.slipped;
  return (
    <li className={`review-change tone-${tone}${slipped ? ' is-slipped' : ''}`} data-change-kind={change.kind}>
      {change.kind === 'gap-opened' || change.kind === 'gap-closed' ? (
        <span className={`review-change-icon gap-${change.severity}`}>
          <SeverityIcon severity={change.severity} />
          <span className="visually-hidden">{t(`review.severity.${change.severity}`)}</span>
        </span>
      ) : (
        <span className="review-change-icon" aria-hidden="true">
          {TONE_MARKS[tone]}
        </span>
      )}
      <span className="review-change-text">
        {slipped && <strong className="slipped-badge">{t('review.slipped')}</strong>}
        {tone !== 'neutral' && !slipped && <span className="visually-hidden">{t('review.tone-said', { tone: t(`review.tone.${tone}`) })}</span>}
        {changeLine(t, say, change)}
      </span>
    </li>
  );
}

export function DealChangeList({ changes }: { changes: readonly DealChange[] }) {
  const t = useT();
  return (
    <div className="review-change-groups">
      {GROUP_ORDER.map((group) => {
        const inGroup = changes.filter((change) => changeGroup(change) === group);
        if (inGroup.length === 0) return null;
        const title = t(`review.group.${group}`);
        return (
          <div key={group} className="review-change-group">
            <h3 className="panel-subtitle">{title}</h3>
            <ul className="review-changes" aria-label={t('review.group-changes', { group: title })}>
              {inGroup.map((change, index) => (
                <ChangeItem key={`${change.kind}-${index}`} change={change} />
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
