// What the simulation would change against the saved deal: score, stage, gaps closed and opened.
import type { Gap } from '../../shared/engine/types';
import type { QualificationDiff, WhatIfDifference } from '../../shared/whatif';
import { StageBadge } from '../components/stage-badge';
import { MessageText } from '../i18n/message-text';
import { useT } from '../i18n/use-t';
import { ARROW_GLYPH, SPACE } from '../components/glyphs';

const MARKS = { closed: '✓', opened: '+' } as const;

function signed(change: number): string {
  return change > 0 ? `+${change}` : String(change);
}

function GapChanges({ title, gaps, kind }: { title: string; gaps: readonly Gap[]; kind: 'closed' | 'opened' }) {
  if (gaps.length === 0) return null;
  return (
    <div className={`what-if-gaps what-if-gaps-${kind}`}>
      <h3 className="what-if-gaps-title">
        {title} <span className="count">{gaps.length}</span>
      </h3>
      <ul aria-label={title}>
        {gaps.map((gap) => (
          <li key={gap.id} data-gap-code={gap.code} className={`what-if-gap gap-${gap.severity}`}>
            <span className="what-if-gap-mark" aria-hidden="true">
              {MARKS[kind]}
            </span>
            <MessageText message={gap.message} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function DealChanges({ differences }: { differences: readonly WhatIfDifference[] }) {
  const t = useT();
  if (differences.length === 0) return null;
  return (
    <div className="what-if-gaps what-if-changes">
      <h3 className="what-if-gaps-title">
        {t('whatif.moves-change')} <span className="count">{differences.length}</span>
      </h3>
      <ul aria-label={t('whatif.moves-change')}>
        {differences.map((line, index) => (
          <li key={`${index}-${line.text.id}`} data-change-kind={line.kind} className={`what-if-change-line change-${line.kind}`}>
            {line.kind === 'placeholder' ? <span className="to-be-confirmed">{t('whatif.to-be-confirmed')}</span> : null}
            <MessageText message={line.text} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function WhatIfDiff({ diff, differences }: { diff: QualificationDiff; differences: readonly WhatIfDifference[] }) {
  const stageChanged = diff.stageBefore !== diff.stageAfter;
  const t = useT();
  // "No difference" only when the scratch copy equals the saved deal, not when only the verdict holds still.
  const unchanged =
    differences.length === 0 && !stageChanged && diff.scoreChange === 0 && diff.gapsClosed.length === 0 && diff.gapsOpened.length === 0;
  // Read out as it changes, so a screen-reader user hears what each edit would do.
  return (
    <div className="what-if-diff" role="group" aria-label={t('whatif.diff')} aria-live="polite">
      {unchanged ? (
        <p className="what-if-unchanged">{t('whatif.unchanged')}</p>
      ) : (
        <>
          <dl className="what-if-figures">
            <div className={`what-if-figure score-${Math.sign(diff.scoreChange)}`}>
              <dt>{t('whatif.score')}</dt>
              <dd>
                {t('whatif.score-change', { before: diff.scoreBefore, after: diff.scoreAfter })}{SPACE}
                <span className="what-if-change">{t('whatif.signed', { change: signed(diff.scoreChange) })}</span>
              </dd>
            </div>
            <div className="what-if-figure">
              <dt>{t('whatif.stage')}</dt>
              <dd>
                {stageChanged ? (
                  <>
                    <StageBadge stage={diff.stageBefore} /> {ARROW_GLYPH} <StageBadge stage={diff.stageAfter} />
                  </>
                ) : (
                  <>
                    <StageBadge stage={diff.stageAfter} /> <span className="muted">{t('whatif.stage-unchanged')}</span>
                  </>
                )}
              </dd>
            </div>
          </dl>
          <GapChanges title={t('whatif.gaps-closed')} gaps={diff.gapsClosed} kind="closed" />
          <GapChanges title={t('whatif.gaps-opened')} gaps={diff.gapsOpened} kind="opened" />
          <DealChanges differences={differences} />
        </>
      )}
    </div>
  );
}
