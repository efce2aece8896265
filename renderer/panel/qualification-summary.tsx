// The deal's computed stage and score, with counts of gaps by severity.
import { summarizeQualification } from '../../shared/engine';
import type { Qualification } from '../../shared/engine/types';
import { StageBadge } from '../components/stage-badge';
import { useT } from '../i18n/use-t';

/** A severity's colour is for counts that need attention: none left reads neutral. */
function countClass(severity: 'blocker' | 'warning', count: number): string {
  return `count-${severity}${count === 0 ? ' is-zero' : ''}`;
}

/** `crmStage` is an imported deal's stage in its CRM, kept beside the computed one. */
export function QualificationSummary({ qualification, crmStage }: { qualification: Qualification; crmStage?: string }) {
  const { blockers, warnings, infos } = summarizeQualification(qualification);
  const t = useT();
  return (
    <div className="qualification-summary">
      <div className="summary-stage">
        <span className="summary-label">{t('panel.summary.stage')}</span>
        <StageBadge stage={qualification.stage} />
        {crmStage !== undefined && (
          <span className="crm-stage" title={t('panel.summary.crm-title', { stage: crmStage })}>
            {t('panel.summary.crm', { stage: crmStage })}
          </span>
        )}
      </div>
      <div className="summary-score">
        <span className="summary-label">{t('panel.summary.score')}</span>
        <span className="score-value">{qualification.score}</span>
        <div
          className="score-bar"
          role="meter"
          aria-label={t('panel.summary.score')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={qualification.score}
        >
          <div className="score-fill" style={{ width: `${qualification.score}%` }} />
        </div>
      </div>
      <div className="summary-counts" aria-label={t('panel.rail.gap-counts')}>
        <span className={countClass('blocker', blockers)}>{t('panel.summary.blockers', { count: blockers })}</span>
        <span className={countClass('warning', warnings)}>{t('panel.summary.warnings', { count: warnings })}</span>
        {infos > 0 && <span className="count-info">{t('panel.summary.infos', { count: infos })}</span>}
      </div>
    </div>
  );
}
