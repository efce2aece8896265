// Lens candidates on what the customer measures and wants: MEDDPICC's metrics, decision criteria and pain.
import { describeStakeholder } from '../engine/stakeholder-names';
import type { WhatIfMove } from '../whatif/what-if-move';
import {
  contact,
  DECISION_CRITERION_PLACEHOLDER,
  lensCandidate,
  METRIC_PLACEHOLDER,
  moneyContact,
  PAIN_PLACEHOLDER,
  type LensCandidateRule,
} from './lens-candidate-kit';

function quoted(text: string): string {
  return `"${text.trim()}"`;
}

/**
 * missing: a placeholder metric. identified: the signer confirms every unconfirmed metric; only
 * when each has a baseline and a target, for Dealmap never makes up the customer's numbers.
 */
export const raiseMetrics: LensCandidateRule = (context, criterion) => {
  const { deal } = context;
  const who = moneyContact(context);
  const asked = who === undefined ? 'your contact' : describeStakeholder(who);
  if (criterion.status === 'missing') {
    return lensCandidate(criterion, 'identified', who === undefined ? [] : [who], `Agree with ${asked} on a number the purchase will move`, [
      { kind: 'add-metric', text: METRIC_PLACEHOLDER, placeholders: ['text'] },
    ]);
  }
  const known = (id: string | null) => id !== null && context.facts.findStakeholder(id) !== undefined;
  const open = deal.metrics.filter((metric) => !known(metric.confirmedBy));
  const numbered = deal.metrics.every((metric) => typeof metric.baseline === 'number' && typeof metric.target === 'number');
  if (criterion.status !== 'identified' || who === undefined || !numbered || open.length === 0) return null;
  const what = open.length === 1 && open[0] !== undefined ? `the metric ${quoted(open[0].text || 'unnamed')}` : 'the metrics';
  const moves: WhatIfMove[] = open.map((metric) => ({ kind: 'confirm-item', list: 'metrics', itemId: metric.id, confirmedBy: who.id }));
  return lensCandidate(criterion, 'validated', [who], `Have ${asked} confirm ${what}`, moves);
};

/** missing: a placeholder criterion. identified: the warmest contact confirms every unconfirmed one. */
export const raiseDecisionCriteria: LensCandidateRule = (context, criterion) => {
  const { deal } = context;
  const who = contact(context);
  const asked = who === undefined ? 'your contact' : describeStakeholder(who);
  if (criterion.status === 'missing') {
    return lensCandidate(criterion, 'identified', who === undefined ? [] : [who], `Ask ${asked} what the solution must do to be chosen`, [
      { kind: 'add-decision-criterion', text: DECISION_CRITERION_PLACEHOLDER, placeholders: ['text'] },
    ]);
  }
  const open = deal.decisionCriteria.filter((item) => item.confirmedBy === null || context.facts.findStakeholder(item.confirmedBy) === undefined);
  if (criterion.status !== 'identified' || who === undefined || open.length === 0) return null;
  const what = open.length === 1 && open[0] !== undefined ? `the criterion ${quoted(open[0].text || 'unnamed')}` : 'the decision criteria';
  const moves: WhatIfMove[] = open.map((item) => ({ kind: 'confirm-item', list: 'decisionCriteria', itemId: item.id, confirmedBy: who.id }));
  return lensCandidate(criterion, 'validated', [who], `Have ${asked} confirm ${what}`, moves);
};

/** missing: a placeholder pain. identified: the warmest contact confirms it. */
export const raiseIdentifiedPain: LensCandidateRule = (context, criterion) => {
  const { deal } = context;
  const who = contact(context);
  const asked = who === undefined ? 'your contact' : describeStakeholder(who);
  if (criterion.status === 'missing') {
    return lensCandidate(criterion, 'identified', who === undefined ? [] : [who], `Ask ${asked} what the problem costs ${deal.account} today`, [
      { kind: 'set-pain', text: PAIN_PLACEHOLDER, placeholders: ['text'] },
    ]);
  }
  if (criterion.status !== 'identified' || who === undefined) return null;
  const text = deal.pain.text.trim() || deal.need.summary.trim();
  return lensCandidate(criterion, 'validated', [who], `Have ${asked} confirm the pain: ${quoted(text)}`, [
    { kind: 'set-pain', confirmedBy: who.id },
  ]);
};
