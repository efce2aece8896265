// A placeholder never validates a criterion: which fields each criterion reads, and the cap on its status.
import { placeholderMessage } from '../model/placeholder-text';
import type { Deal } from '../model/deal-schema';
import type { Placeholder } from '../model/placeholder-schema';
import { evidence, lensText } from './lens-helpers';
import type { CriterionResult } from './lens-types';

const STAKEHOLDER_NAME = /^stakeholders\[[^\]]+\]\.name$/;

/** The placeholder paths each criterion reads; criteria not listed read none. */
const READS: Readonly<Record<string, (path: string) => boolean>> = {
  need: (path) => path.startsWith('need.'),
  budget: (path) => path.startsWith('budget.'),
  timeframe: (path) => path.startsWith('timeframe.'),
  'identified-pain': (path) => path.startsWith('pain.') || path === 'need.summary',
  metrics: (path) => path.startsWith('metrics['),
  'decision-criteria': (path) => path.startsWith('decisionCriteria['),
  'decision-process': (path) => path.startsWith('decisionProcess.'),
  'paper-process': (path) => path.startsWith('paperProcess.'),
  competition: (path) => path.startsWith('competition['),
  champion: (path) => /^stakeholders\[[^\]]+\]\.championTest\./.test(path),
  saboteurs: (path) => /^stakeholders\[[^\]]+\]\.stance$/.test(path),
  interest: (path) => STAKEHOLDER_NAME.test(path),
  referrals: (path) => path.startsWith('referrals.'),
};

/**
 * The criterion with the placeholders it reads named in its evidence ("to be confirmed"), and a
 * validated status lowered to identified: only a person's answer validates. `asAnswered` (the
 * ranking's reading, "what the customer's answer would change") leaves the status alone.
 */
export function capByPlaceholders(deal: Deal, live: readonly Placeholder[], criterion: CriterionResult, asAnswered: boolean): CriterionResult {
  const reads = READS[criterion.code];
  const marks = reads === undefined ? [] : live.filter((mark) => reads(mark.path));
  if (marks.length === 0) return criterion;
  const found = [...criterion.evidence, ...marks.map((mark) => evidence(lensText('to-be-confirmed', { placeholder: placeholderMessage(deal, mark) })))];
  const placeholders = marks.map((mark) => mark.path);
  if (criterion.status !== 'validated' || asAnswered) return { ...criterion, evidence: found, placeholders };
  return {
    ...criterion,
    status: 'identified',
    evidence: found,
    placeholders,
    nextStep: lensText('replace-placeholders', { count: marks.length }),
  };
}
