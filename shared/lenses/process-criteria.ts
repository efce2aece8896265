// MEDDPICC's decision process and paper process: dated steps the customer has walked us through.
import { describeStakeholder, mostInfluential } from '../engine/stakeholder-names';
import { joinWithAnd } from '../engine/message-text';
import type { DealProcess, ProcessStep } from '../model/deal-schema';
import { allyName, confirmer, decisionMakerName, evidence, isBeforeReview, quoted, verdict } from './lens-helpers';
import type { CriterionEvidence, CriterionVerdict, LensContext } from './lens-types';

function describeStep(step: ProcessStep): string {
  return `${quoted(step.text)} ${step.date === null ? 'with no date' : `on ${step.date}`}${step.done ? ', done' : ''}`;
}

/**
 * missing: no step; identified: steps; validated: every step dated, no open step dated before the
 * review date, and a stakeholder confirmed the process.
 */
function judgeProcess(context: LensContext, process: DealProcess, name: string, who: string): CriterionVerdict {
  const { deal } = context;
  if (process.steps.length === 0) {
    return verdict('missing', [], `Ask ${who} which steps the ${name} at ${deal.account} takes, who takes each and when`);
  }
  const by = confirmer(context, process.confirmedBy);
  const found: CriterionEvidence[] = [
    evidence(`${process.steps.length === 1 ? 'One step' : `${process.steps.length} steps`}: ${process.steps.map(describeStep).join('; ')}`),
    by === undefined
      ? evidence(`Nobody at ${deal.account} has confirmed the ${name}`)
      : evidence(`${describeStakeholder(by)} confirmed the ${name}`, [by]),
  ];
  const undated = process.steps.filter((step) => step.date === null);
  const overdue = process.steps.filter((step) => !step.done && isBeforeReview(context, step.date));
  for (const step of overdue) found.push(evidence(`${quoted(step.text)} was due on ${step.date ?? ''} and is not done`));
  if (undated.length > 0) {
    return verdict('identified', found, `Put a date on ${joinWithAnd(undated.map((step) => quoted(step.text)))} with ${by?.name ?? who}`);
  }
  if (by === undefined) {
    return verdict('identified', found, `Walk ${who} through the ${name} step by step and ask them to confirm it`);
  }
  const late = overdue[0];
  if (late !== undefined) {
    return verdict('identified', found, `Ask ${by.name} where ${quoted(late.text)} stands and agree a new date`);
  }
  return verdict('validated', found, null);
}

/** Who knows how the decision is made: the strongest ally, else the warmest contact. */
export function judgeDecisionProcess(context: LensContext): CriterionVerdict {
  return judgeProcess(context, context.deal.decisionProcess, 'decision process', allyName(context));
}

/** Who knows the paperwork: the most influential buyer (procurement), else a decision-maker. */
export function judgePaperProcess(context: LensContext): CriterionVerdict {
  const buyer = mostInfluential(context.facts.stakeholders.filter((person) => person.role === 'buyer'));
  return judgeProcess(context, context.deal.paperProcess, 'paper process', buyer?.name ?? decisionMakerName(context));
}
