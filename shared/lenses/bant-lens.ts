// The BANT lens: budget, authority, need and timeframe, each validated by a customer's confirmation.
import { describeStakeholder, mostInfluential } from '../engine/stakeholder-names';
import type { Stakeholder } from '../model/deal-schema';
import { interestRank } from '../model/vocabulary';
import {
  confirmer,
  contactName,
  decisionMakerName,
  evidence,
  interestPhrase,
  isBeforeReview,
  isBlank,
  lensText,
  money,
  quoted,
  verdict,
} from './lens-helpers';
import type { CriterionEvidence, CriterionVerdict, LensContext, LensDefinition } from './lens-types';
import { judgeNeed, NEED_READS } from './need-criterion';

const DISCUSSING_BENEFITS = interestRank('discussing-benefits');

/**
 * missing: no amount; identified: an amount nobody at the customer confirmed, or one below the
 * deal's amount; validated: a stakeholder confirmed an amount above 0 that covers the deal's amount.
 */
function judgeBudget(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const { amount, note } = deal.budget;
  const who = decisionMakerName(context);
  const account = deal.account;
  const noted = isBlank(note) ? [] : [evidence(lensText('budget.note', { note: quoted(note) }))];
  if (amount === null) {
    return verdict('missing', noted, lensText('budget.next-ask', { person: who, account }));
  }
  const budget = money(amount, deal.currency);
  const by = confirmer(context, deal.budget.confirmedBy);
  if (by === undefined) {
    return verdict(
      'identified',
      [evidence(lensText('budget.unconfirmed', { budget, account }), []), ...noted],
      lensText('budget.next-confirm', { person: who, budget }),
    );
  }
  const found: CriterionEvidence[] = [evidence(lensText('budget.confirmed-by', { person: describeStakeholder(by), budget }), [by]), ...noted];
  const dealAmount = deal.amount ?? 0;
  if (amount > 0 && amount >= dealAmount) return verdict('validated', found, null);
  found.push(evidence(lensText('budget.below-deal', { amount: money(dealAmount, deal.currency) })));
  return verdict('identified', found, lensText('budget.next-more', { person: by.name, budget }));
}

/**
 * missing: no decision-maker; identified: decision-makers known; validated: a decision-maker who is
 * not a saboteur is at discussing-benefits interest or higher.
 */
function judgeAuthority(context: LensContext): CriterionVerdict {
  const { facts } = context;
  const dms = facts.decisionMakers;
  if (dms.length === 0) {
    return verdict('missing', [], lensText('next-ask-who-signs', { person: contactName(context) }));
  }
  const signs = (dm: Stakeholder) =>
    lensText(dm.stance === 'saboteur' ? 'authority.signs-against' : 'authority.signs', { person: describeStakeholder(dm), interest: interestPhrase(dm.interest) });
  const engaged = dms.filter((dm) => dm.stance !== 'saboteur' && interestRank(dm.interest) >= DISCUSSING_BENEFITS);
  if (engaged.length > 0) {
    return verdict('validated', engaged.map((dm) => evidence(signs(dm), [dm])), null);
  }
  const target = mostInfluential(dms.filter((dm) => dm.stance !== 'saboteur')) ?? mostInfluential(dms);
  return verdict(
    'identified',
    dms.map((dm) => evidence(signs(dm), [dm])),
    lensText('authority.next-session', { person: target?.name ?? lensText('the-decision-maker') }),
  );
}

/**
 * missing: neither an event nor a date; identified: one of them; validated: a stakeholder confirmed
 * it and the date is the review date or later.
 */
function judgeTimeframe(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const event = deal.timeframe.event.trim();
  const { date } = deal.timeframe;
  const who = decisionMakerName(context);
  const account = deal.account;
  if (event === '' && date === null) {
    return verdict('missing', [], lensText('timeframe.next-ask', { person: who, account }));
  }
  const what =
    event !== '' && date !== null
      ? lensText('timeframe.event-on', { event: quoted(event), date })
      : event !== ''
        ? quoted(event)
        : lensText('timeframe.date-only', { date: date ?? '' });
  const by = confirmer(context, deal.timeframe.confirmedBy);
  const found: CriterionEvidence[] = [
    by === undefined
      ? evidence(lensText('timeframe.unconfirmed', { account, what }))
      : evidence(lensText('timeframe.confirmed-by', { person: describeStakeholder(by), what }), [by]),
  ];
  if (by === undefined) return verdict('identified', found, lensText('timeframe.next-confirm', { person: who, what }));
  if (date === null) return verdict('identified', found, lensText('timeframe.next-date', { person: by.name, event: quoted(event) }));
  if (isBeforeReview(context, date)) {
    found.push(evidence(lensText('timeframe.passed', { date, asOf: context.asOf })));
    return verdict('identified', found, lensText('timeframe.next-new-date', { date, person: by.name }));
  }
  return verdict('validated', found, null);
}

export const BANT_LENS: LensDefinition = {
  label: 'BANT',
  criteria: [
    { code: 'budget', label: 'Budget', letter: 'B', judge: judgeBudget, reads: ['budget', 'amount', 'currency', 'account'] },
    { code: 'authority', label: 'Authority', letter: 'A', judge: judgeAuthority, reads: [] },
    { code: 'need', label: 'Need', letter: 'N', judge: judgeNeed, reads: NEED_READS },
    { code: 'timeframe', label: 'Timeframe', letter: 'T', judge: judgeTimeframe, reads: ['timeframe', 'account'] },
  ],
};
