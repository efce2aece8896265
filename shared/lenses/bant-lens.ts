// The BANT lens: budget, authority, need and timeframe, each validated by a customer's confirmation.
import { describeStakeholder, mostInfluential } from '../engine/stakeholder-names';
import { interestRank } from '../model/vocabulary';
import {
  confirmer,
  contactName,
  decisionMakerName,
  evidence,
  formatAmount,
  interestPhrase,
  isBeforeReview,
  isBlank,
  quoted,
  verdict,
} from './lens-helpers';
import type { CriterionEvidence, CriterionVerdict, LensContext, LensDefinition } from './lens-types';
import { judgeNeed } from './need-criterion';

const DISCUSSING_BENEFITS = interestRank('discussing-benefits');

/**
 * missing: no amount; identified: an amount nobody at the customer confirmed, or one below the
 * deal's amount; validated: a stakeholder confirmed an amount above 0 that covers the deal's amount.
 */
function judgeBudget(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const { amount, note } = deal.budget;
  const who = decisionMakerName(context);
  const noted = isBlank(note) ? [] : [evidence(`Budget note: ${quoted(note)}`)];
  if (amount === null) {
    return verdict('missing', noted, `Ask ${who} what budget ${deal.account} has set aside for this, and who approves it`);
  }
  const budget = formatAmount(amount, deal.currency);
  const by = confirmer(context, deal.budget.confirmedBy);
  if (by === undefined) {
    return verdict(
      'identified',
      [evidence(`A budget of ${budget} is noted, but nobody at ${deal.account} has confirmed it`), ...noted],
      `Ask ${who} to confirm the budget of ${budget}`,
    );
  }
  const found: CriterionEvidence[] = [evidence(`${describeStakeholder(by)} confirmed a budget of ${budget}`, [by]), ...noted];
  const dealAmount = deal.amount ?? 0;
  if (amount > 0 && amount >= dealAmount) return verdict('validated', found, null);
  found.push(evidence(`The budget is below the deal's amount of ${formatAmount(dealAmount, deal.currency)}`));
  return verdict('identified', found, `Ask ${by.name} whether more budget can be found, or reshape the offer to fit ${budget}`);
}

/**
 * missing: no decision-maker; identified: decision-makers known; validated: a decision-maker who is
 * not a saboteur is at discussing-benefits interest or higher.
 */
function judgeAuthority(context: LensContext): CriterionVerdict {
  const { facts } = context;
  const dms = facts.decisionMakers;
  if (dms.length === 0) {
    return verdict('missing', [], `Ask ${contactName(context)} who signs off a purchase like this, and add them to the map as a decision-maker`);
  }
  const engaged = dms.filter((dm) => dm.stance !== 'saboteur' && interestRank(dm.interest) >= DISCUSSING_BENEFITS);
  if (engaged.length > 0) {
    return verdict(
      'validated',
      engaged.map((dm) => evidence(`${describeStakeholder(dm)} can sign off the purchase and ${interestPhrase(dm.interest)}`, [dm])),
      null,
    );
  }
  const target = mostInfluential(dms.filter((dm) => dm.stance !== 'saboteur')) ?? mostInfluential(dms);
  return verdict(
    'identified',
    dms.map((dm) =>
      evidence(
        `${describeStakeholder(dm)} can sign off the purchase and ${interestPhrase(dm.interest)}` +
          (dm.stance === 'saboteur' ? ', but works against the deal' : ''),
        [dm],
      ),
    ),
    `Book a session with ${target?.name ?? 'the decision-maker'} on what the purchase would change for them`,
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
  if (event === '' && date === null) {
    return verdict('missing', [], `Ask ${who} by when ${deal.account} must have this in place, and what happens then`);
  }
  const what = event !== '' && date !== null ? `${quoted(event)} on ${date}` : event !== '' ? quoted(event) : `a date of ${date}`;
  const by = confirmer(context, deal.timeframe.confirmedBy);
  const found: CriterionEvidence[] = [
    by === undefined
      ? evidence(`A timeframe is noted, but nobody at ${deal.account} has confirmed it: ${what}`)
      : evidence(`${describeStakeholder(by)} confirmed the timeframe: ${what}`, [by]),
  ];
  if (by === undefined) return verdict('identified', found, `Ask ${who} to confirm the timeframe: ${what}`);
  if (date === null) return verdict('identified', found, `Ask ${by.name} for the date of ${quoted(event)}`);
  if (isBeforeReview(context, date)) {
    found.push(evidence(`The date ${date} is before the review date ${context.asOf}`));
    return verdict('identified', found, `The date ${date} has passed: agree a new date with ${by.name}`);
  }
  return verdict('validated', found, null);
}

export const BANT_LENS: LensDefinition = {
  label: 'BANT',
  criteria: [
    { code: 'budget', label: 'Budget', letter: 'B', judge: judgeBudget },
    { code: 'authority', label: 'Authority', letter: 'A', judge: judgeAuthority },
    { code: 'need', label: 'Need', letter: 'N', judge: judgeNeed },
    { code: 'timeframe', label: 'Timeframe', letter: 'T', judge: judgeTimeframe },
  ],
};
