// Lens candidates on how the customer buys: MEDDPICC's decision process, paper process and competition.
import { describeStakeholder } from '../engine/stakeholder-names';
import { messageRef, type MessageRef } from '../i18n/message-ref';
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
  quotedText,
  type LensCandidateRule,
} from './lens-candidate-kit';

type ProcessKey = 'decisionProcess' | 'paperProcess';

interface ProcessRule {
  readonly process: ProcessKey;
  readonly stepPlaceholder: string;
  /** Who maps the process with you, when someone fits. */
  readonly mapper: (context: CandidateContext) => Stakeholder | undefined;
  /** Who confirms it when the mapper is missing. */
  readonly confirmer: (context: CandidateContext) => Stakeholder | undefined;
  readonly mapTitle: (mapper: Stakeholder | undefined) => MessageRef;
}

/**
 * missing: a placeholder step. identified: every undated or overdue open step gets the close date
 * as its placeholder date, and someone of the deal confirms the process (when nobody has yet).
 */
function raiseProcess({ process, stepPlaceholder, mapper, confirmer: fallback, mapTitle }: ProcessRule): LensCandidateRule {
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
    if (confirmer === undefined) moves.push({ kind: 'set-process-confirmed-by', process, confirmedBy: asked.id });
    const person = describeStakeholder(asked);
    const stepNames = toDate.map((step) => messageRef('actions.quoted', { text: step.text.trim() }));
    const title =
      confirmer !== undefined
        ? messageRef('actions.raise-process.date', { steps: stepNames, person })
        : toDate.length === 0
          ? messageRef('actions.raise-process.confirm', { person, process })
          : messageRef('actions.raise-process.date-then-confirm', { steps: stepNames, person, process });
    return lensCandidate(criterion, 'validated', [asked], title, moves);
  };
}

export const raiseDecisionProcess = raiseProcess({
  process: 'decisionProcess',
  stepPlaceholder: DECISION_STEP_PLACEHOLDER,
  mapper: insider,
  confirmer: insider,
  mapTitle: (who) =>
    who === undefined
      ? messageRef('actions.raise-process.map-decision')
      : messageRef('actions.raise-process.map-decision-with', { person: describeStakeholder(who) }),
});

/** Mapped with procurement (a buyer on the map, else "procurement"); confirmed by them, else the signer. */
export const raisePaperProcess = raiseProcess({
  process: 'paperProcess',
  stepPlaceholder: PAPER_STEP_PLACEHOLDER,
  mapper: procurement,
  confirmer: moneyContact,
  mapTitle: (who) => messageRef('actions.raise-process.map-paper', { person: who === undefined ? messageRef('actions.procurement') : describeStakeholder(who) }),
});

/**
 * missing: "Do nothing" as the first competitor. identified: "Do nothing" added if absent, and a
 * placeholder note on how the deal wins against every competitor without one.
 */
export const raiseCompetition: LensCandidateRule = (context, criterion) => {
  const { competition } = context.deal;
  if (criterion.status === 'missing') {
    return lensCandidate(criterion, 'identified', [], messageRef('actions.raise-competition.name'), [
      { kind: 'add-competitor', name: 'Do nothing', competitorKind: 'do-nothing' },
    ]);
  }
  if (criterion.status !== 'identified') return null;
  const moves: WhatIfMove[] = [];
  const addDoNothing = !competition.some((competitor) => competitor.kind === 'do-nothing');
  if (addDoNothing) {
    moves.push({ kind: 'add-competitor', name: 'Do nothing', competitorKind: 'do-nothing', note: COMPETITOR_NOTE_PLACEHOLDER, placeholders: ['note'] });
  }
  const unnoted = competition.filter((competitor) => competitor.note.trim() === '');
  for (const competitor of unnoted) {
    moves.push({ kind: 'set-competitor-note', itemId: competitor.id, note: COMPETITOR_NOTE_PLACEHOLDER, placeholders: ['note'] });
  }
  const names = unnoted.map((competitor) => quotedText(competitor.name));
  const title =
    unnoted.length === 0
      ? messageRef('actions.raise-competition.add-do-nothing')
      : addDoNothing
        ? messageRef('actions.raise-competition.add-and-note', { names })
        : messageRef('actions.raise-competition.note', { names });
  return moves.length === 0 ? null : lensCandidate(criterion, 'validated', [], title, moves);
};
