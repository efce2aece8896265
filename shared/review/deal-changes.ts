// What changed in one deal between a review's snapshot and a later one: stage, money, dates,
// buying center and gaps, each change with its one-line text.
import { GAP_SEVERITIES, type QualificationStage } from '../engine/types';
import { dealmapIntl, renderMessage } from '../i18n/dealmap-intl';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import { relationChanges, stakeholderChanges } from './buying-center-changes';
import type { DealChange, DealChanges } from './change-types';
import { blockerCount, type DealSnapshot, type GapSnapshot } from './deal-snapshot';
import { compareText } from './text-order';

/** lead < prospect < qualified < customer; `lost` is below them all, so losing a deal is a fall. */
const STAGE_RANK: Record<QualificationStage, number> = { lost: -1, lead: 0, prospect: 1, qualified: 2, customer: 3 };

function compareGapSnapshots(a: GapSnapshot, b: GapSnapshot): number {
  return (
    GAP_SEVERITIES.indexOf(a.severity) - GAP_SEVERITIES.indexOf(b.severity) ||
    compareText(a.code, b.code) ||
    compareText(a.id, b.id)
  );
}

/**
 * The rule for gaps: a gap is the same gap when its id is the same. The engine's id is the code,
 * plus the person for gaps reported once per stakeholder (`stale-decision-maker:eva`), so the same
 * problem moving to another person closes one gap and opens another, while a reworded message
 * alone is no change.
 */
/**
 * The gap's message reference when the snapshot has one that still says exactly its recorded words
 * in English (so it renders in every language), else the recorded words: an older review file, or
 * a reference this Dealmap no longer words the same way.
 */
function gapMessage({ message, messageRef: ref }: GapSnapshot): string | MessageRef {
  if (ref === undefined) return message;
  try {
    return renderMessage(dealmapIntl('en'), ref) === message ? ref : message;
  } catch {
    return message;
  }
}

function gapLine(id: string, gap: GapSnapshot, said: string | MessageRef): MessageRef {
  return messageRef(id, { severity: messageRef(`changes.severity.${gap.severity}`), code: gap.code, message: said });
}

function gapChanges(before: DealSnapshot, after: DealSnapshot): DealChange[] {
  const earlier = new Set(before.qualification.gaps.map((gap) => gap.id));
  const later = new Set(after.qualification.gaps.map((gap) => gap.id));
  const opened = after.qualification.gaps.filter((gap) => !earlier.has(gap.id)).sort(compareGapSnapshots);
  const closed = before.qualification.gaps.filter((gap) => !later.has(gap.id)).sort(compareGapSnapshots);
  const change = (kind: 'gap-opened' | 'gap-closed', gap: GapSnapshot): DealChange => {
    const said = gapMessage(gap);
    const { id, code, severity, message } = gap;
    const ref = typeof said === 'string' ? {} : { messageRef: said };
    return { kind, gapId: id, code, severity, message, ...ref, line: gapLine(`changes.${kind}`, gap, said) };
  };
  return [
    ...opened.map((gap) => change('gap-opened', gap)),
    ...closed.map((gap) => change('gap-closed', gap)),
  ];
}

function stageName(stage: QualificationStage): MessageRef {
  return messageRef(`changes.stage.${stage}`);
}

function stageChange(before: DealSnapshot, after: DealSnapshot): DealChange[] {
  const from = before.qualification.stage;
  const to = after.qualification.stage;
  if (from === to) return [];
  const direction = STAGE_RANK[to] > STAGE_RANK[from] ? 'advanced' : 'fell-back';
  const line = messageRef('changes.stage-moved', { direction, from: stageName(from), to: stageName(to) });
  return [{ kind: 'stage-moved', from, to, direction, line }];
}

/** Digits grouped by thousands with commas, the same on every machine (no locale). */
export function formatAmount(amount: number | null, currency: string | null): string {
  if (amount === null) return 'none';
  const [whole = '', fraction] = String(Math.abs(amount)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = amount < 0 ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}${currency ? ` ${currency}` : ''}`;
}

/** The amount as the reader's language writes numbers, with its currency code; "none" without one. */
function amountValue(amount: number | null, currency: string | null): MessageRef {
  if (amount === null) return messageRef('changes.none');
  return currency ? messageRef('changes.amount', { amount, currency }) : messageRef('changes.amount-plain', { amount });
}

function amountChange(before: DealSnapshot, after: DealSnapshot): DealChange[] {
  if (before.amount === after.amount && before.currency === after.currency) return [];
  const from = amountValue(before.amount, before.currency);
  const to = amountValue(after.amount, after.currency);
  return [
    {
      kind: 'amount-changed',
      from: before.amount,
      to: after.amount,
      fromCurrency: before.currency,
      toCurrency: after.currency,
      line: messageRef('changes.amount-changed', { from, to }),
    },
  ];
}

function closeDateLine(from: string | null, to: string | null): MessageRef {
  if (to === null) return messageRef('changes.close-date-removed', { from: from ?? messageRef('changes.none') });
  if (from === null) return messageRef('changes.close-date-set', { to });
  return messageRef(to > from ? 'changes.close-date-slipped' : 'changes.close-date-pulled-in', { from, to });
}

/** YYYY-MM-DD compares as text; a removed date counts as slipped, a newly set one does not. */
function closeDateChange(before: DealSnapshot, after: DealSnapshot): DealChange[] {
  const from = before.closeDate;
  const to = after.closeDate;
  if (from === to) return [];
  const slipped = from !== null && (to === null || to > from);
  return [{ kind: 'close-date-changed', from, to, slipped, line: closeDateLine(from, to) }];
}

function presenceChange(snapshot: DealSnapshot, kind: 'deal-new' | 'deal-removed'): DealChange {
  const { stage } = snapshot.qualification;
  const blockers = blockerCount(snapshot);
  return { kind, line: messageRef(`changes.${kind}`, { stage: stageName(stage), blockers }) };
}

/**
 * The changes from `before` (the review's snapshot) to `after` (the deal now). A deal only in
 * `after` is new and one only in `before` is removed: a single change each, no details.
 * Order: stage, close date, amount, stakeholders, relations, gaps opened, gaps closed.
 */
export function dealChanges(before: DealSnapshot | undefined, after: DealSnapshot | undefined): DealChanges {
  const either = after ?? before;
  if (either === undefined) throw new RangeError('dealChanges needs the deal before, after, or both');
  const base = {
    dealId: either.id,
    dealName: either.name,
    account: either.account,
    stageBefore: before?.qualification.stage ?? null,
    stageAfter: after?.qualification.stage ?? null,
    blockersBefore: before === undefined ? null : blockerCount(before),
    blockersAfter: after === undefined ? null : blockerCount(after),
  };
  const none = { advanced: false, fellBack: false, slipped: false, gainedBlockers: false, clearedBlockers: false };
  if (before === undefined) return { ...base, ...none, presence: 'new', changes: [presenceChange(either, 'deal-new')] };
  if (after === undefined) return { ...base, ...none, presence: 'removed', changes: [presenceChange(either, 'deal-removed')] };
  const changes = [
    ...stageChange(before, after),
    ...closeDateChange(before, after),
    ...amountChange(before, after),
    ...stakeholderChanges(before, after),
    ...relationChanges(before, after),
    ...gapChanges(before, after),
  ];
  const stage = changes.find((change) => change.kind === 'stage-moved');
  return {
    ...base,
    presence: 'both',
    changes,
    advanced: stage?.direction === 'advanced',
    fellBack: stage?.direction === 'fell-back',
    slipped: changes.some((change) => change.kind === 'close-date-changed' && change.slipped),
    gainedBlockers: blockerCount(after) > blockerCount(before),
    clearedBlockers: blockerCount(after) < blockerCount(before),
  };
}
