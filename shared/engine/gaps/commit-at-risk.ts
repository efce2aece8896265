// Gap rule: commit-at-risk, a deal the account executive calls `commit` that the verdict does not back.
import type { Deal } from '../../model/deal-schema';
import { STAGE_LABELS } from '../../model/vocabulary-labels';
import { joinWithAnd } from '../message-text';
import type { Gap, QualificationStage } from '../types';
import { makeGap } from './gap-rule';

/**
 * Read from the verdict made without this gap: the stage depends on the blockers, and this gap is
 * a blocker, so it is added after the stage is known. It never changes the stage: it stands only
 * on a deal that is already not qualified or already blocked.
 */
export function commitAtRisk(deal: Deal, stage: QualificationStage, gaps: readonly Gap[]): Gap | null {
  if (deal.status !== 'open' || deal.forecastCategory !== 'commit') return null;
  const blockers = gaps.filter((gap) => gap.severity === 'blocker');
  if (stage === 'qualified' && blockers.length === 0) return null;
  const blockerCodes = [...new Set(blockers.map((gap) => gap.code))];
  const reasons = [
    ...(stage === 'qualified' ? [] : [`it is a ${STAGE_LABELS[stage].toLowerCase()}, not qualified`]),
    ...(blockerCodes.length === 0 ? [] : [`${blockers.length === 1 ? 'a blocker stands' : `${blockers.length} blockers stand`} (${blockerCodes.join(', ')})`]),
  ];
  const first = blockers[0];
  const gap = makeGap('commit-at-risk', {
    message: `The deal is forecast as commit, but ${joinWithAnd(reasons)}`,
    nextAction:
      first === undefined
        ? 'Move the forecast to best case until a decision-maker is involved, or show what makes it commit'
        : `Move the forecast to best case, or clear the blocker first: ${first.nextAction.replace(/\.$/, '')}`,
    stakeholderIds: first?.stakeholderIds ?? [],
    relationIds: first?.relationIds ?? [],
  });
  return { ...gap, contradicts: { stage, blockerCodes } };
}
