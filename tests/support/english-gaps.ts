// Engine messages rendered in English, so tests compare the words a reader sees.
import type { Gap, Qualification } from '../../shared/engine/types';
import { dealmapIntl, renderMessage, type MessageRef } from '../../shared/i18n';

export function inEnglish(ref: MessageRef): string {
  return renderMessage(dealmapIntl('en'), ref);
}

export type EnglishGap = Omit<Gap, 'message' | 'nextAction'> & { readonly message: string; readonly nextAction: string };

export function englishGap(gap: Gap): EnglishGap {
  return { ...gap, message: inEnglish(gap.message), nextAction: inEnglish(gap.nextAction) };
}

export type EnglishQualification = Omit<Qualification, 'gaps'> & { readonly gaps: readonly EnglishGap[] };

export function inEnglishGaps(qualification: Qualification): EnglishQualification {
  return { ...qualification, gaps: qualification.gaps.map(englishGap) };
}
