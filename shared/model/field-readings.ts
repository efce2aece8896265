// One reading of each qualification field, for the lenses, the Qualification section, the review pack and the CLI.
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { Deal } from './deal-schema';
import { isPlaceholder, livePlaceholders } from './placeholders';
import type { Placeholder } from './placeholder-schema';

/** The customer's pain as every view reads it: the pain's own text, else the need's summary standing in. */
export interface PainReading {
  readonly text: string;
  /** `pain`: written as the pain; `need-summary`: none written, the need's summary stands in; `none`: neither. */
  readonly source: 'pain' | 'need-summary' | 'none';
  readonly confirmedBy: string | null;
  /** The text is a move's placeholder, to be confirmed. */
  readonly placeholder: boolean;
}

export function readPain(deal: Deal): PainReading {
  const own = deal.pain.text.trim();
  const need = deal.need.summary.trim();
  if (own !== '') return { text: own, source: 'pain', confirmedBy: deal.pain.confirmedBy, placeholder: isPlaceholder(deal, 'pain.text') };
  if (need !== '') return { text: need, source: 'need-summary', confirmedBy: deal.pain.confirmedBy, placeholder: isPlaceholder(deal, 'need.summary') };
  return { text: '', source: 'none', confirmedBy: deal.pain.confirmedBy, placeholder: false };
}

/** "Slow close" as written, or as a message: "from the need: Slow close" or "not written down"; clipped for a summary line. */
export function painSummary(reading: PainReading, length = 28): MessageRef | string {
  if (reading.source === 'none') return messageRef('fields.pain.none');
  const text = reading.text.length > length ? `${reading.text.slice(0, length - 1)}…` : reading.text;
  return reading.source === 'need-summary' ? messageRef('fields.pain.from-need', { text }) : text;
}

/** The Qualification section's groups, by the field paths each one holds. */
const GROUP_PATHS: Readonly<Record<string, (path: string) => boolean>> = {
  pain: (path) => path.startsWith('pain.'),
  metrics: (path) => path.startsWith('metrics['),
  budget: (path) => path.startsWith('budget.'),
  timeframe: (path) => path.startsWith('timeframe.'),
  'decision-criteria': (path) => path.startsWith('decisionCriteria['),
  decisionProcess: (path) => path.startsWith('decisionProcess.'),
  paperProcess: (path) => path.startsWith('paperProcess.'),
  competition: (path) => path.startsWith('competition['),
};

/** The live placeholders a Qualification group holds ("to be confirmed" until a person replaces them). */
export function groupPlaceholders(deal: Deal, group: string): Placeholder[] {
  const holds = GROUP_PATHS[group];
  return holds === undefined ? [] : livePlaceholders(deal).filter((mark) => holds(mark.path));
}
