// Lens candidates on how the customer buys: MEDDPICC's decision process, paper process and competition.
import { joinWithAnd } from '../engine/message-text';
import { describeStakeholder } from '../engine/stakeholder-names';
import type { Stakeholder } from '../model/deal-schema';
import type { WhatIfMove } from '../whatif/what-if-move';
import type { CandidateContext } from './action-types';
import {
  COMPETITOR_NOTE_PLACEHOLDER,
  DECISION_STEP_PLACEHOLDER,
  insider,
  isPast,
  lensCandidate,
  moneyContact,
  PAPER_STEP_PLACEHOLDER,
  placeholderDate,
  procurement,
  type LensCandidateRule,
} from './lens-candidate-kit';

type ProcessKey = 'decisionProcess' | 'paperProcess';

interface ProcessRule {
  readonly process: ProcessKey;
  readonly name: string;
  readonly stepPlaceholder: string;
  /** Who maps the process with you, when someone fits. */
  readonly mapper: (context: CandidateContext) => Stakeholder | undefined;
  /** Who confirms it when the mapper is missing. */
  readonly confirmer: (context: CandidateContext) => Stakeholder | undefined;
  readonly mapTitle: (mapper: Stakeholder | undefined) => string;
}

/**
 * missing: a placeholder step. identified: every undated or overdue open step gets the close date
 * as its placeholder date, and someone of the deal confirms the process (when nobody has yet).
 */
function raiseProcess({ process, name, stepPlaceholder, mapper, confirmer: fallback, mapTitle }: ProcessRule): LensCandidateRule {
  return (context, criterion) => {
    const mapping = mapper(context);
    if (criterion.status === 'missing') {
      return lensCandidate(criterion, 'identified', mapping === undefined ? [] : [mapping], mapTitle(mapping), [
        { kind: 'add-process-step', process, text: stepPlaceholder, placeholders: ['text'] },
      ]);
    }
    const who = mapping ?? fallback(context);
    if (criterion.status !== 'identified') return null;
    const { steps, confirmedBy } = context.deal[process];
    const toDate = steps.filter((step) => step.date === null || (!step.done && isPast(context, step.date)));
    const date = placeholderDate(context);
    if (toDate.length > 0 && date === null) return null;
    const confirmer = confirmedBy === null ? undefined : context.facts.findStakeholder(confirmedBy);
    const asked = confirmer ?? who;
    if (asked === undefined) return null;
    const moves: WhatIfMove[] = toDate.map((step) => ({ kind: 'set-process-step', process, itemId: step.id, date, placeholders: ['date'] }));
    const parts = toDate.length === 0 ? [] : [`Date ${joinWithAnd(toDate.map((step) => `"${step.text.trim()}"`))} with ${describeStakeholder(asked)}`];
    if (confirmer === undefined) {
      moves.push({ kind: 'set-process-confirmed-by', process, confirmedBy: asked.id });
      parts.push(`${parts.length === 0 ? 'Have' : 'have'} ${describeStakeholder(asked)} confirm the ${name}`);
    }
    return lensCandidate(criterion, 'validated', [asked], parts.join(', then '), moves);
  };
}

export const raiseDecisionProcess = raiseProcess({
  process: 'decisionProcess',
  name: 'decision process',
  stepPlaceholder: DECISION_STEP_PLACEHOLDER,
  mapper: insider,
  confirmer: insider,
  mapTitle: (who) =>
    who === undefined
      ? 'Map the decision process: who decides what, and when'
      : `Map the decision process with ${describeStakeholder(who)}: who decides what, and when`,
});

/** Mapped with procurement (a buyer on the map, else "procurement"); confirmed by them, else the signer. */
export const raisePaperProcess = raiseProcess({
  process: 'paperProcess',
  name: 'paper process',
  stepPlaceholder: PAPER_STEP_PLACEHOLDER,
  mapper: procurement,
  confirmer: moneyContact,
  mapTitle: (who) => `Map the paper process with ${who === undefined ? 'procurement' : describeStakeholder(who)}`,
});

/**
 * missing: "Do nothing" as the first competitor. identified: "Do nothing" added if absent, and a
 * placeholder note on how the deal wins against every competitor without one.
 */
export const raiseCompetition: LensCandidateRule = (context, criterion) => {
  const { competition } = context.deal;
  if (criterion.status === 'missing') {
    return lensCandidate(criterion, 'identified', [], 'Name the competition, including doing nothing', [
      { kind: 'add-competitor', name: 'Do nothing', competitorKind: 'do-nothing' },
    ]);
  }
  if (criterion.status !== 'identified') return null;
  const moves: WhatIfMove[] = [];
  const parts: string[] = [];
  if (!competition.some((competitor) => competitor.kind === 'do-nothing')) {
    moves.push({ kind: 'add-competitor', name: 'Do nothing', competitorKind: 'do-nothing', note: COMPETITOR_NOTE_PLACEHOLDER, placeholders: ['note'] });
    parts.push('Add doing nothing as a competitor');
  }
  const unnoted = competition.filter((competitor) => competitor.note.trim() === '');
  for (const competitor of unnoted) {
    moves.push({ kind: 'set-competitor-note', itemId: competitor.id, note: COMPETITOR_NOTE_PLACEHOLDER, placeholders: ['note'] });
  }
  if (unnoted.length > 0) {
    const names = joinWithAnd(unnoted.map((competitor) => `"${competitor.name.trim() || 'unnamed'}"`));
    parts.push(`${parts.length === 0 ? 'Note' : 'note'} how you win against ${names}`);
  }
  return moves.length === 0 ? null : lensCandidate(criterion, 'validated', [], parts.join(', and '), moves);
};
