// What the simulation would change against the saved deal: score, stage, gaps closed and opened.
import type { Gap } from '../../shared/engine/types';
import type { QualificationDiff } from '../../shared/whatif';
import { StageBadge } from '../components/stage-badge';

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
              {kind === 'closed' ? '✓' : '+'}
            </span>
            {gap.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function WhatIfDiff({ diff }: { diff: QualificationDiff }) {
  const stageChanged = diff.stageBefore !== diff.stageAfter;
  const unchanged = !stageChanged && diff.scoreChange === 0 && diff.gapsClosed.length === 0 && diff.gapsOpened.length === 0;
  // Read out as it changes, so a screen-reader user hears what each edit would do.
  return (
    <div className="what-if-diff" role="group" aria-label="Difference from the saved deal" aria-live="polite">
      {unchanged ? (
        <p className="what-if-unchanged">No difference from the saved deal yet: change the map or the panel to see what it would do.</p>
      ) : (
        <>
          <dl className="what-if-figures">
            <div className={`what-if-figure score-${Math.sign(diff.scoreChange)}`}>
              <dt>Score</dt>
              <dd>
                {diff.scoreBefore} → {diff.scoreAfter} <span className="what-if-change">({signed(diff.scoreChange)})</span>
              </dd>
            </div>
            <div className="what-if-figure">
              <dt>Stage</dt>
              <dd>
                {stageChanged ? (
                  <>
                    <StageBadge stage={diff.stageBefore} /> → <StageBadge stage={diff.stageAfter} />
                  </>
                ) : (
                  <>
                    <StageBadge stage={diff.stageAfter} /> <span className="muted">unchanged</span>
                  </>
                )}
              </dd>
            </div>
          </dl>
          <GapChanges title="Gaps closed" gaps={diff.gapsClosed} kind="closed" />
          <GapChanges title="Gaps opened" gaps={diff.gapsOpened} kind="opened" />
        </>
      )}
    </div>
  );
}
