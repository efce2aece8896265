// How a change since the review reads in the side panel: its group (`review.group.*`), whether it helps or hurts the deal, its line.
import type { MessageRef } from '../../shared/i18n';
import type { StakeholderStance } from '../../shared/model/vocabulary';
import type { DealChange } from '../../shared/review';
import type { Translate } from '../i18n/use-t';

export type ChangeGroup = 'deal' | 'buying-center' | 'gaps';
export type ChangeTone = 'good' | 'bad' | 'neutral';

/** Higher is friendlier to the deal; unknown sits with neutral, as nobody knows. */
const STANCE_SUPPORT: Record<StakeholderStance, number> = {
  saboteur: 0,
  skeptic: 1,
  unknown: 2,
  neutral: 2,
  supporter: 3,
  champion: 4,
};

export function changeGroup(change: DealChange): ChangeGroup {
  switch (change.kind) {
    case 'deal-new':
    case 'deal-removed':
    case 'stage-moved':
    case 'close-date-changed':
    case 'amount-changed':
      return 'deal';
    case 'gap-opened':
    case 'gap-closed':
      return 'gaps';
    default:
      return 'buying-center';
  }
}

function direction(from: number, to: number): ChangeTone {
  if (to > from) return 'good';
  return to < from ? 'bad' : 'neutral';
}

export function changeTone(change: DealChange): ChangeTone {
  switch (change.kind) {
    case 'stage-moved':
      return change.direction === 'advanced' ? 'good' : 'bad';
    case 'close-date-changed':
      return change.slipped ? 'bad' : 'neutral';
    case 'gap-opened':
      return change.severity === 'info' ? 'neutral' : 'bad';
    case 'gap-closed':
      return change.severity === 'info' ? 'neutral' : 'good';
    case 'stance-changed':
      return direction(STANCE_SUPPORT[change.from], STANCE_SUPPORT[change.to]);
    default:
      return 'neutral';
  }
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The shared one-line message, except gaps, which read as their message (the severity shows as an icon). */
export function changeLine(t: Translate, say: (ref: MessageRef) => string, change: DealChange): string {
  if (change.kind === 'gap-opened' || change.kind === 'gap-closed') {
    const message = sentence(change.messageRef === undefined ? change.message : say(change.messageRef));
    return t(`review.${change.kind}`, { message });
  }
  return say(change.line);
}
