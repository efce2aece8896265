// Lens candidates on money and time: BANT's budget and timeframe, each asked of the person who signs.
import { describeStakeholder } from '../engine/stakeholder-names';
import { formatAmount } from '../lenses/lens-helpers';
import type { WhatIfMove } from '../whatif/what-if-move';
import {
  isPast,
  lensCandidate,
  moneyContact,
  placeholderDate,
  TIMEFRAME_EVENT_PLACEHOLDER,
  type LensCandidateRule,
} from './lens-candidate-kit';

/**
 * missing: note a budget (the deal's amount as the placeholder). identified: have the signer
 * confirm it, raised to the deal's amount when it falls short; a budget confirmed but short is
 * raised to the deal's amount with whoever confirmed it.
 */
export const raiseBudget: LensCandidateRule = (context, criterion) => {
  const { deal, facts } = context;
  const who = moneyContact(context);
  const dealAmount = deal.amount ?? 0;
  const full = formatAmount(dealAmount, deal.currency);
  if (criterion.status === 'missing') {
    const asked = who === undefined ? 'your contact' : describeStakeholder(who);
    return lensCandidate(criterion, 'identified', who === undefined ? [] : [who], `Ask ${asked} what budget ${deal.account} has set aside`, [
      { kind: 'set-budget', amount: dealAmount },
    ]);
  }
  if (criterion.status !== 'identified') return null;
  const { amount, confirmedBy } = deal.budget;
  const covers = amount !== null && amount > 0 && amount >= dealAmount;
  if (!covers && dealAmount <= 0) return null;
  const confirmer = confirmedBy === null ? undefined : facts.findStakeholder(confirmedBy);
  if (confirmer !== undefined) {
    return lensCandidate(criterion, 'validated', [confirmer], `Ask ${describeStakeholder(confirmer)} to find budget for the full ${full}`, [
      { kind: 'set-budget', amount: dealAmount },
    ]);
  }
  if (who === undefined) return null;
  const title = covers
    ? `Have ${describeStakeholder(who)} confirm the budget`
    : `Have ${describeStakeholder(who)} confirm a budget that covers ${full}`;
  return lensCandidate(criterion, 'validated', [who], title, [
    covers ? { kind: 'set-budget', confirmedBy: who.id } : { kind: 'set-budget', amount: dealAmount, confirmedBy: who.id },
  ]);
};

/**
 * missing: note the deadline event (a placeholder). identified: the signer confirms it, with the
 * close date as the placeholder when the date is missing or past.
 */
export const raiseTimeframe: LensCandidateRule = (context, criterion) => {
  const { deal, facts } = context;
  const who = moneyContact(context);
  if (criterion.status === 'missing') {
    const asked = who === undefined ? 'your contact' : describeStakeholder(who);
    return lensCandidate(criterion, 'identified', who === undefined ? [] : [who], `Ask ${asked} by when ${deal.account} must have this in place`, [
      { kind: 'set-timeframe', event: TIMEFRAME_EVENT_PLACEHOLDER },
    ]);
  }
  if (criterion.status !== 'identified') return null;
  const { event, date, confirmedBy } = deal.timeframe;
  const confirmer = (confirmedBy === null ? undefined : facts.findStakeholder(confirmedBy)) ?? who;
  if (confirmer === undefined) return null;
  const name = event.trim() === '' ? 'the deadline' : `"${event.trim()}"`;
  const move: WhatIfMove = { kind: 'set-timeframe', confirmedBy: confirmer.id };
  if (date === null || isPast(context, date)) {
    const placeholder = placeholderDate(context);
    if (placeholder === null) return null;
    const title = date === null ? `Ask ${describeStakeholder(confirmer)} for the date of ${name}` : `Agree a new date for ${name} with ${describeStakeholder(confirmer)}`;
    return lensCandidate(criterion, 'validated', [confirmer], title, [{ ...move, date: placeholder }]);
  }
  return lensCandidate(criterion, 'validated', [confirmer], `Have ${describeStakeholder(confirmer)} confirm the timeframe: ${name} on ${date}`, [move]);
};
