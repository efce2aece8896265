// MEDDPICC's decision process and paper process: dated steps the customer has walked us through.
import { describeStakeholder, mostInfluential } from '../engine/stakeholder-names';
import type { MessageRef } from '../i18n/message-ref';
import type { DealProcess, ProcessStep } from '../model/deal-schema';
import { allyName, confirmer, semicolonChain, decisionMakerName, evidence, isBeforeReview, lensText, quoted, verdict } from './lens-helpers';
import type { CriterionEvidence, CriterionVerdict, LensContext } from './lens-types';

/** Which process a criterion reads: its sentences name it. */
type ProcessKind = 'decision' | 'paper';

function describeStep(step: ProcessStep): MessageRef {
  const values = { step: quoted(step.text) };
  if (step.date === null) return lensText(step.done ? 'process.step-undated-done' : 'process.step-undated', values);
  return lensText(step.done ? 'process.step-done' : 'process.step', { ...values, date: step.date });
}

/**
 * missing: no step; identified: steps; validated: every step dated, no open step dated before the
 * review date, and a stakeholder confirmed the process.
 */
function judgeProcess(context: LensContext, process: DealProcess, kind: ProcessKind, who: string | MessageRef): CriterionVerdict {
  const { deal } = context;
  const account = deal.account;
  if (process.steps.length === 0) {
    return verdict('missing', [], lensText(`process.${kind}.next-ask`, { person: who, account }));
  }
  const by = confirmer(context, process.confirmedBy);
  const found: CriterionEvidence[] = [
    evidence(lensText('process.steps', { count: process.steps.length, steps: semicolonChain(process.steps.map(describeStep)) })),
    by === undefined
      ? evidence(lensText(`process.${kind}.unconfirmed`, { account }))
      : evidence(lensText(`process.${kind}.confirmed-by`, { person: describeStakeholder(by) }), [by]),
  ];
  const undated = process.steps.filter((step) => step.date === null);
  const overdue = process.steps.filter((step) => !step.done && isBeforeReview(context, step.date));
  for (const step of overdue) found.push(evidence(lensText('process.overdue', { step: quoted(step.text), date: step.date ?? '' })));
  if (undated.length > 0) {
    return verdict('identified', found, lensText('process.next-date', { steps: undated.map((step) => quoted(step.text)), person: by?.name ?? who }));
  }
  if (by === undefined) {
    return verdict('identified', found, lensText(`process.${kind}.next-walk`, { person: who }));
  }
  const late = overdue[0];
  if (late !== undefined) {
    return verdict('identified', found, lensText('process.next-late', { person: by.name, step: quoted(late.text) }));
  }
  return verdict('validated', found, null);
}

/** Who knows how the decision is made: the strongest ally, else the warmest contact. */
export function judgeDecisionProcess(context: LensContext): CriterionVerdict {
  return judgeProcess(context, context.deal.decisionProcess, 'decision', allyName(context));
}

/** Who knows the paperwork: the most influential buyer (procurement), else a decision-maker. */
export function judgePaperProcess(context: LensContext): CriterionVerdict {
  const buyer = mostInfluential(context.facts.stakeholders.filter((person) => person.role === 'buyer'));
  return judgeProcess(context, context.deal.paperProcess, 'paper', buyer?.name ?? decisionMakerName(context));
}
