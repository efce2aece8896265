// MEDDPICC's metrics, decision criteria and identified pain: written down, then confirmed by the customer.
import { describeStakeholder } from '../engine/stakeholder-names';
import type { Metric } from '../model/deal-schema';
import { readPain } from '../model/field-readings';
import { confirmer, confirmedOr, contactName, decisionMakerName, evidence, quoted, verdict } from './lens-helpers';
import type { CriterionVerdict, LensContext } from './lens-types';

function metricName(metric: Metric): string {
  return metric.text.trim() === '' ? 'a metric' : quoted(metric.text);
}

function hasNumbers(metric: Metric): boolean {
  return typeof metric.baseline === 'number' && typeof metric.target === 'number';
}

function describeMetric(metric: Metric): string {
  if (!hasNumbers(metric)) return `${metricName(metric)}, with no baseline and target yet`;
  const unit = metric.unit.trim() === '' ? '' : ` ${metric.unit.trim()}`;
  return `${metricName(metric)}: from ${metric.baseline} to ${metric.target}${unit}`;
}

/**
 * missing: no metric; identified: metrics, some without a baseline and target or a customer's
 * confirmation; validated: every metric has both numbers and was confirmed by a stakeholder.
 */
export function judgeMetrics(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const who = decisionMakerName(context);
  if (deal.metrics.length === 0) {
    return verdict(
      'missing',
      [],
      `Agree with ${who} on a number the purchase will move, such as days to close the books, with today's value and the target`,
    );
  }
  const found = deal.metrics.map((metric) =>
    confirmedOr(confirmer(context, metric.confirmedBy), describeMetric(metric), `${describeMetric(metric)}, not confirmed by the customer`),
  );
  const open = deal.metrics.find((metric) => !hasNumbers(metric) || confirmer(context, metric.confirmedBy) === undefined);
  if (open === undefined) return verdict('validated', found, null);
  return verdict(
    'identified',
    found,
    hasNumbers(open)
      ? `Ask ${who} to confirm ${describeMetric(open)}`
      : `Put today's value and a target on ${metricName(open)} with ${who}`,
  );
}

/** missing: no criterion; identified: criteria, some unconfirmed; validated: every one confirmed by a stakeholder. */
export function judgeDecisionCriteria(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const who = contactName(context);
  if (deal.decisionCriteria.length === 0) {
    return verdict('missing', [], `Ask ${who} what the solution must do to be chosen, and write the decision criteria down`);
  }
  const found = deal.decisionCriteria.map((criterion) =>
    confirmedOr(
      confirmer(context, criterion.confirmedBy),
      `the criterion ${quoted(criterion.text)}`,
      `Criterion ${quoted(criterion.text)}, not confirmed by the customer`,
    ),
  );
  const open = deal.decisionCriteria.filter((criterion) => confirmer(context, criterion.confirmedBy) === undefined);
  const first = open[0];
  if (first === undefined) return verdict('validated', found, null);
  const more = open.length > 1 ? ` and the ${open.length - 1} other unconfirmed criteria` : '';
  return verdict('identified', found, `Ask ${who} to confirm the criterion ${quoted(first.text)}${more}`);
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
    return verdict('missing', [], `Ask ${who} what the problem costs ${deal.account} today and who feels it most`);
  }
  const from = pain.source === 'need-summary' ? " (no pain is written, so the need's summary stands in)" : '';
  const by = confirmer(context, pain.confirmedBy);
  if (by !== undefined) {
    return verdict('validated', [evidence(`${describeStakeholder(by)} confirmed the pain: ${quoted(text)}${from}`, [by])], null);
  }
  return verdict(
    'identified',
    [evidence(`The pain is noted, but nobody at ${deal.account} has confirmed it: ${quoted(text)}${from}`)],
    `Ask ${who} whether ${quoted(text)} is how they would put it, and what it costs them`,
  );
}
