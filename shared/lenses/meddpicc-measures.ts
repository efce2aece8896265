// MEDDPICC's metrics, decision criteria and identified pain: written down, then confirmed by the customer.
import { describeStakeholder } from '../engine/stakeholder-names';
import type { MessageRef } from '../i18n/message-ref';
import type { Metric } from '../model/deal-schema';
import { readPain } from '../model/field-readings';
import { confirmer, confirmedOr, contactName, decisionMakerName, evidence, lensText, quoted, verdict } from './lens-helpers';
import type { CriterionVerdict, LensContext } from './lens-types';

function metricName(metric: Metric): MessageRef {
  return metric.text.trim() === '' ? lensText('metrics.a-metric') : quoted(metric.text);
}

function hasNumbers(metric: Metric): boolean {
  return typeof metric.baseline === 'number' && typeof metric.target === 'number';
}

function describeMetric(metric: Metric): MessageRef {
  if (!hasNumbers(metric)) return lensText('metrics.without-numbers', { metric: metricName(metric) });
  const unit = metric.unit.trim();
  const values = { metric: metricName(metric), baseline: metric.baseline ?? 0, target: metric.target ?? 0 };
  return unit === '' ? lensText('metrics.from-to', values) : lensText('metrics.from-to-unit', { ...values, unit });
}

/**
 * missing: no metric; identified: metrics, some without a baseline and target or a customer's
 * confirmation; validated: every metric has both numbers and was confirmed by a stakeholder.
 */
export function judgeMetrics(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const who = decisionMakerName(context);
  if (deal.metrics.length === 0) {
    return verdict('missing', [], lensText('metrics.next-agree', { person: who }));
  }
  const found = deal.metrics.map((metric) =>
    confirmedOr(confirmer(context, metric.confirmedBy), describeMetric(metric), lensText('metrics.unconfirmed', { metric: describeMetric(metric) })),
  );
  const open = deal.metrics.find((metric) => !hasNumbers(metric) || confirmer(context, metric.confirmedBy) === undefined);
  if (open === undefined) return verdict('validated', found, null);
  return verdict(
    'identified',
    found,
    hasNumbers(open)
      ? lensText('metrics.next-confirm', { person: who, metric: describeMetric(open) })
      : lensText('metrics.next-numbers', { metric: metricName(open), person: who }),
  );
}

/** missing: no criterion; identified: criteria, some unconfirmed; validated: every one confirmed by a stakeholder. */
export function judgeDecisionCriteria(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const who = contactName(context);
  if (deal.decisionCriteria.length === 0) {
    return verdict('missing', [], lensText('decision-criteria.next-ask', { person: who }));
  }
  const found = deal.decisionCriteria.map((criterion) =>
    confirmedOr(
      confirmer(context, criterion.confirmedBy),
      lensText('decision-criteria.the-criterion', { criterion: quoted(criterion.text) }),
      lensText('decision-criteria.unconfirmed', { criterion: quoted(criterion.text) }),
    ),
  );
  const open = deal.decisionCriteria.filter((criterion) => confirmer(context, criterion.confirmedBy) === undefined);
  const first = open[0];
  if (first === undefined) return verdict('validated', found, null);
  return verdict('identified', found, lensText('decision-criteria.next-confirm', { person: who, criterion: quoted(first.text), others: open.length - 1 }));
}

/**
 * missing: no pain written down (neither the pain nor the need's summary); identified: written
 * down; validated: a stakeholder confirmed the pain.
 */
export function judgeIdentifiedPain(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const pain = readPain(deal);
  const { text } = pain;
  const who = contactName(context);
  if (text === '') {
    return verdict('missing', [], lensText('pain.next-ask', { person: who, account: deal.account }));
  }
  // No pain written: the need's summary stands in, and the evidence says so.
  const fromSummary = pain.source === 'need-summary';
  const by = confirmer(context, pain.confirmedBy);
  if (by !== undefined) {
    const values = { person: describeStakeholder(by), pain: quoted(text) };
    return verdict('validated', [evidence(lensText(fromSummary ? 'pain.confirmed-by-summary' : 'pain.confirmed-by', values), [by])], null);
  }
  return verdict(
    'identified',
    [evidence(lensText(fromSummary ? 'pain.unconfirmed-summary' : 'pain.unconfirmed', { account: deal.account, pain: quoted(text) }))],
    lensText('pain.next-check', { person: who, pain: quoted(text) }),
  );
}
