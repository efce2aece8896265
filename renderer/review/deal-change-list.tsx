// A deal's changes since the review, grouped (deal, buying center, gaps); a slipped close date stands out.
import type { DealChange } from '../../shared/review';
import { SeverityIcon } from '../components/icons';
import { CHANGE_GROUP_TITLES, changeGroup, changeLine, changeTone, type ChangeGroup } from './change-wording';

const GROUP_ORDER: readonly ChangeGroup[] = ['deal', 'buying-center', 'gaps'];

const TONE_WORDS = { good: 'Better', bad: 'Worse', neutral: '' } as const;

function ChangeItem({ change }: { change: DealChange }) {
  const tone = changeTone(change);
  const slipped = change.kind === 'close-date-changed' && change.slipped;
  return (
    <li className={`review-change tone-${tone}${slipped ? ' is-slipped' : ''}`} data-change-kind={change.kind}>
      {change.kind === 'gap-opened' || change.kind === 'gap-closed' ? (
        <span className={`review-change-icon gap-${change.severity}`}>
          <SeverityIcon severity={change.severity} />
          <span className="visually-hidden">{change.severity}</span>
        </span>
      ) : (
        <span className="review-change-icon" aria-hidden="true">
          {tone === 'good' ? '▲' : tone === 'bad' ? '▼' : '•'}
        </span>
      )}
      <span className="review-change-text">
        {slipped && <strong className="slipped-badge">Slipped</strong>}
        {tone !== 'neutral' && !slipped && <span className="visually-hidden">{TONE_WORDS[tone]}: </span>}
        {changeLine(change)}
      </span>
    </li>
  );
}

export function DealChangeList({ changes }: { changes: readonly DealChange[] }) {
  return (
    <div className="review-change-groups">
      {GROUP_ORDER.map((group) => {
        const inGroup = changes.filter((change) => changeGroup(change) === group);
        if (inGroup.length === 0) return null;
        const title = CHANGE_GROUP_TITLES[group];
        return (
          <div key={group} className="review-change-group">
            <h3 className="panel-subtitle">{title}</h3>
            <ul className="review-changes" aria-label={`${title} changes`}>
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
