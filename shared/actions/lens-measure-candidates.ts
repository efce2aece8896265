// Lens candidates on what the customer measures and wants: MEDDPICC's metrics, decision criteria and pain.
import { messageRef } from '../i18n/message-ref';
import type { WhatIfMove } from '../whatif/what-if-move';
import {
  askedOf,
  contact,
  DECISION_CRITERION_PLACEHOLDER,
  lensCandidate,
  METRIC_PLACEHOLDER,
  moneyContact,
  PAIN_PLACEHOLDER,
  type LensCandidateRule,
} from './lens-candidate-kit';

/**
 * missing: a placeholder metric. identified: the signer confirms every unconfirmed metric; only
 * when each has a baseline and a target, for Dealmap never makes up the customer's numbers.
 */
export const raiseMetrics: LensCandidateRule = (context, criterion) => {
  const { deal } = context;
  const who = moneyContact(context);
  const asked = askedOf(who);
  if (criterion.status === 'missing') {
    return lensCandidate(criterion, 'identified', who === undefined ? [] : [who], messageRef('actions.raise-metrics.add', { person: asked }), [
      { kind: 'add-metric', text: METRIC_PLACEHOLDER, placeholders: ['text'] },
    ]);
  }
  const known = (id: string | null) => id !== null && context.facts.findStakeholder(id) !== undefined;
  const open = deal.metrics.filter((metric) => !known(metric.confirmedBy));
  const numbered = deal.metrics.every((metric) => typeof metric.baseline === 'number' && typeof metric.target === 'number');
  if (criterion.status !== 'identified' || who === undefined || !numbered || open.length === 0) return null;
  const title =
    open.length === 1 && open[0] !== undefined
      ? messageRef('actions.raise-metrics.confirm-one', { person: asked, metric: open[0].text.trim() || messageRef('actions.unnamed') })
      : messageRef('actions.raise-metrics.confirm-all', { person: asked });
  const moves: WhatIfMove[] = open.map((metric) => ({ kind: 'confirm-item', list: 'metrics', itemId: metric.id, confirmedBy: who.id }));
  return lensCandidate(criterion, 'validated', [who], title, moves);
};

/** missing: a placeholder criterion. identified: the warmest contact confirms every unconfirmed one. */
export const raiseDecisionCriteria: LensCandidateRule = (context, criterion) => {
  const { deal } = context;
  const who = contact(context);
  const asked = askedOf(who);
  if (criterion.status === 'missing') {
    return lensCandidate(criterion, 'identified', who === undefined ? [] : [who], messageRef('actions.raise-decision-criteria.add', { person: asked }), [
      { kind: 'add-decision-criterion', text: DECISION_CRITERION_PLACEHOLDER, placeholders: ['text'] },
    ]);
  }
  const open = deal.decisionCriteria.filter((item) => item.confirmedBy === null || context.facts.findStakeholder(item.confirmedBy) === undefined);
  if (criterion.status !== 'identified' || who === undefined || open.length === 0) return null;
  const title =
    open.length === 1 && open[0] !== undefined
      ? messageRef('actions.raise-decision-criteria.confirm-one', { person: asked, criterion: open[0].text.trim() || messageRef('actions.unnamed') })
      : messageRef('actions.raise-decision-criteria.confirm-all', { person: asked });
  const moves: WhatIfMove[] = open.map((item) => ({ kind: 'confirm-item', list: 'decisionCriteria', itemId: item.id, confirmedBy: who.id }));
  return lensCandidate(criterion, 'validated', [who], title, moves);
};

/** missing: a placeholder pain. identified: the warmest contact confirms it. */
export const raiseIdentifiedPain: LensCandidateRule = (context, criterion) => {
  const { deal } = context;
  const who = contact(context);
  const asked = askedOf(who);
  if (criterion.status === 'missing') {
    return lensCandidate(criterion, 'identified', who === undefined ? [] : [who], messageRef('actions.raise-identified-pain.add', { person: asked, account: deal.account }), [
      { kind: 'set-pain', text: PAIN_PLACEHOLDER, placeholders: ['text'] },
    ]);
  }
  if (criterion.status !== 'identified' || who === undefined) return null;
  const text = deal.pain.text.trim() || deal.need.summary.trim();
  return lensCandidate(criterion, 'validated', [who], messageRef('actions.raise-identified-pain.confirm', { person: asked, pain: text }), [
    { kind: 'set-pain', confirmedBy: who.id },
  ]);
};
