// A deal file's text judged and, if it is a deal, summarised with its qualification: the listing's work per changed file.
import type { DealFileProblem } from '../../../shared/api/contract';
import { qualifyDeal } from '../../../shared/engine';
import { qualificationSpan, type QualificationSpan } from '../../../shared/engine/qualification-span';
import type { QualifyOptions } from '../../../shared/engine/types';
import { summarizeDeal, type DealSummary } from '../../../shared/pipeline/deal-summary';
import { judgeDealText, type DealFileRead } from '../read-deal-file';
import { DEALS_FOLDER } from '../workspace-paths';

/** A deal's summary holds on every review day of its `span`; a problem, whatever the day. */
export type Outcome = { readonly summary: DealSummary; readonly span: QualificationSpan } | { readonly problem: DealFileProblem } | null;

/** Pure apart from its input; plain data out, so a listing thread can send it back. */
export function qualifyDealText(text: string, name: string, options: QualifyOptions): Outcome {
  return outcomeOf(judgeDealText(text, name, `${DEALS_FOLDER}/${name}`), options);
}

/** The listing's outcome of a judged deal file: its summary (qualified with `options`) or its problem. */
export function outcomeOf(judged: DealFileRead, options: QualifyOptions): Outcome {
  if (judged.kind === 'problem') return { problem: judged.problem };
  if (judged.kind === 'missing') return null;
  return { summary: summarizeDeal(judged.deal, qualifyDeal(judged.deal, options)), span: qualificationSpan(judged.deal, options) };
}
