// The difference between two qualifications of a deal: gaps closed and opened, stage and score.
import { sameMessage } from '../i18n/message-ref';
import type { Gap, Qualification, QualificationStage } from '../engine/types';

export interface QualificationDiff {
  /** Gaps of `before` whose id is not in `after`, in `before`'s order. */
  readonly gapsClosed: readonly Gap[];
  /** Gaps of `after` whose id is not in `before`, in `after`'s order. */
  readonly gapsOpened: readonly Gap[];
  /** Gaps present in both whose people, paths or wording changed, as they are in `after`. */
  readonly gapsChanged: readonly Gap[];
  readonly stageBefore: QualificationStage;
  readonly stageAfter: QualificationStage;
  readonly scoreBefore: number;
  readonly scoreAfter: number;
  /** `scoreAfter - scoreBefore`. */
  readonly scoreChange: number;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

function sameGap(a: Gap, b: Gap): boolean {
  return (
    sameMessage(a.message, b.message) &&
    sameMessage(a.nextAction, b.nextAction) &&
    sameIds(a.stakeholderIds, b.stakeholderIds) &&
    sameIds(a.relationIds, b.relationIds) &&
    a.paths.length === b.paths.length &&
    a.paths.every((path, index) => {
      const other = b.paths[index];
      return other !== undefined && sameIds(path.stakeholderIds, other.stakeholderIds) && sameIds(path.relationIds, other.relationIds);
    })
  );
}

export interface CompareOptions {
  /** false: `gapsChanged` is left empty. The ranking reads only gaps closed and opened, and comparing every kept gap's wording was a tenth of its time. */
  readonly gapsChanged?: boolean;
}

/**
 * Gaps are matched by id. A gap's id is its code, plus the stakeholder for the codes reported once
 * per stakeholder (`stale-decision-maker:eva`). So a deal-wide gap (`no-ally-path`) that stays is
 * the same gap even when the people it names change: it is listed in `gapsChanged`, never closed
 * and reopened. A per-stakeholder gap that moves to someone else is a different finding: when Eva
 * is contacted but Lars turns stale, `stale-decision-maker:eva` is closed and
 * `stale-decision-maker:lars` opened, so a move never hides a new problem behind a solved one of
 * the same code.
 */
export function compareQualifications(before: Qualification, after: Qualification, options: CompareOptions = {}): QualificationDiff {
  const beforeById = new Map(before.gaps.map((gap) => [gap.id, gap]));
  const afterIds = new Set(after.gaps.map((gap) => gap.id));
  const gapsOpened: Gap[] = [];
  const gapsChanged: Gap[] = [];
  const changed = options.gapsChanged !== false;
  for (const gap of after.gaps) {
    const earlier = beforeById.get(gap.id);
    if (earlier === undefined) gapsOpened.push(gap);
    else if (changed && !sameGap(earlier, gap)) gapsChanged.push(gap);
  }
  return {
    gapsClosed: before.gaps.filter((gap) => !afterIds.has(gap.id)),
    gapsOpened,
    gapsChanged,
    stageBefore: before.stage,
    stageAfter: after.stage,
    scoreBefore: before.score,
    scoreAfter: after.score,
    scoreChange: after.score - before.score,
  };
}
