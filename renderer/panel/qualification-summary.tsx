// The deal's computed stage and score, with counts of gaps by severity.
import { summarizeQualification } from '../../shared/engine';
import type { Qualification } from '../../shared/engine/types';
import { StageBadge } from '../components/stage-badge';

/** A severity's colour is for counts that need attention: none left reads neutral. */
function countClass(severity: 'blocker' | 'warning', count: number): string {
  return `count-${severity}${count === 0 ? ' is-zero' : ''}`;
}

/** `crmStage` is an imported deal's stage in its CRM, kept beside the computed one. */
export function QualificationSummary({ qualification, crmStage }: { qualification: Qualification; crmStage?: string }) {
  const { blockers, warnings, infos } = summarizeQualification(qualification);
  return (
    <div className="qualification-summary">
      <div className="summary-stage">
        <span className="summary-label">Stage</span>
        <StageBadge stage={qualification.stage} />
        {crmStage !== undefined && (
          <span className="crm-stage" title={`Stage in the CRM: ${crmStage}`}>
            CRM: {crmStage}
          </span>
        )}
      </div>
      <div className="summary-score">
        <span className="summary-label">Score</span>
        <span className="score-value">{qualification.score}</span>
        <div
          className="score-bar"
          role="meter"
          aria-label="Score"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={qualification.score}
        >
          <div className="score-fill" style={{ width: `${qualification.score}%` }} />
        </div>
      </div>
      <div className="summary-counts" aria-label="Gap counts">
        <span className={countClass('blocker', blockers)}>{blockers} blocker{blockers === 1 ? '' : 's'}</span>
        <span className={countClass('warning', warnings)}>{warnings} warning{warnings === 1 ? '' : 's'}</span>
        {infos > 0 && <span className="count-info">{infos} info</span>}
      </div>
    </div>
  );
}
