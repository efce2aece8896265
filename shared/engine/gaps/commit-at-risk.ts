// Gap rule: commit-at-risk, a deal the account executive calls `commit` that the verdict does not back.
import type { Deal } from '../../model/deal-schema';
import type { MessageRef } from '../../i18n/message-ref';
import type { Gap, QualificationStage } from '../types';
import { gapName } from '../gap-name';
import { gapText, makeGap } from './gap-rule';

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
  const reasons: MessageRef[] = [
    ...(stage === 'qualified' ? [] : [gapText('commit-at-risk.reason-stage', { stage })]),
    ...(blockerCodes.length === 0 ? [] : [gapText('commit-at-risk.reason-blockers', { count: blockers.length, codes: blockerCodes.map(gapName) })]),
  ];
  const first = blockers[0];
  const gap = makeGap('commit-at-risk', {
    message: gapText('commit-at-risk.message', { reasons }),
    nextAction:
      first === undefined
        ? gapText('commit-at-risk.next')
        : gapText('commit-at-risk.next-blocker', { blockerNext: first.nextAction }),
    stakeholderIds: first?.stakeholderIds ?? [],
    relationIds: first?.relationIds ?? [],
  });
  return { ...gap, contradicts: { stage, blockerCodes } };
}
