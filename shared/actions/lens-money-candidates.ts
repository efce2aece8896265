// Lens candidates on money and time: BANT's budget and timeframe, each asked of the person who signs.
import { describeStakeholder } from '../engine/stakeholder-names';
import { messageRef } from '../i18n/message-ref';
import { isPlaceholder } from '../model/placeholders';
import type { WhatIfMove } from '../whatif/what-if-move';
import {
  askedOf,
  isPast,
  lensCandidate,
  moneyContact,
  placeholderDate,
  TIMEFRAME_EVENT_PLACEHOLDER,
  type LensCandidateRule,
} from './lens-candidate-kit';

/**
 * missing: note the deal's amount as a placeholder budget, marked "to be confirmed": does the
 * budget cover our price? identified: the signer confirms a budget already noted that covers the
 * deal's amount. A budget short of the amount needs a new figure only the customer can give, so
 * no move raises it (the criterion's next step asks for it).
 */
export const raiseBudget: LensCandidateRule = (context, criterion) => {
  const { deal, facts } = context;
  const who = moneyContact(context);
  const dealAmount = deal.amount ?? 0;
  if (criterion.status === 'missing') {
    if (dealAmount <= 0) return null;
    const title = messageRef('actions.raise-budget.add', { person: askedOf(who), account: deal.account });
    return lensCandidate(criterion, 'identified', who === undefined ? [] : [who], title, [
      { kind: 'set-budget', amount: dealAmount, placeholders: ['amount'] },
    ]);
  }
  if (criterion.status !== 'identified') return null;
  const { amount, confirmedBy } = deal.budget;
  const covers = amount !== null && amount > 0 && amount >= dealAmount && !isPlaceholder(deal, 'budget.amount');
  const confirmer = confirmedBy === null ? undefined : facts.findStakeholder(confirmedBy);
  if (!covers || confirmer !== undefined || who === undefined) return null;
  const budget = deal.currency ? messageRef('actions.amount', { amount, currency: deal.currency }) : messageRef('actions.amount-plain', { amount });
  const title = messageRef('actions.raise-budget.confirm', { person: describeStakeholder(who), budget });
  return lensCandidate(criterion, 'validated', [who], title, [
    { kind: 'set-budget', confirmedBy: who.id },
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
    const title = messageRef('actions.raise-timeframe.add', { person: askedOf(who), account: deal.account });
    return lensCandidate(criterion, 'identified', who === undefined ? [] : [who], title, [
      { kind: 'set-timeframe', event: TIMEFRAME_EVENT_PLACEHOLDER, placeholders: ['event'] },
    ]);
  }
  if (criterion.status !== 'identified') return null;
  const { event, date, confirmedBy } = deal.timeframe;
  const confirmer = (confirmedBy === null ? undefined : facts.findStakeholder(confirmedBy)) ?? who;
  if (confirmer === undefined) return null;
  const deadline = event.trim() === '' ? messageRef('actions.raise-timeframe.the-deadline') : messageRef('actions.quoted', { text: event.trim() });
  const person = describeStakeholder(confirmer);
  const move: WhatIfMove = { kind: 'set-timeframe', confirmedBy: confirmer.id };
  if (date === null || isPast(context, date)) {
    const placeholder = placeholderDate(context);
    if (placeholder === null) return null;
    const title = messageRef(date === null ? 'actions.raise-timeframe.ask-date' : 'actions.raise-timeframe.new-date', { person, deadline });
    return lensCandidate(criterion, 'validated', [confirmer], title, [{ ...move, date: placeholder, placeholders: ['date'] }]);
  }
  return lensCandidate(criterion, 'validated', [confirmer], messageRef('actions.raise-timeframe.confirm', { person, deadline, date }), [move]);
};
