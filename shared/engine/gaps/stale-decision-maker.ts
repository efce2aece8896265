// Gap rule: stale-decision-maker, a decision-maker not contacted within 30 days of the review date.
import { contactedRecently, dayNumber } from '../review-date';
import { describeStakeholder } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const staleDecisionMaker: GapRule = ({ facts, asOf, asOfDay }) =>
  facts.decisionMakers.flatMap((dm) => {
    if (contactedRecently(dm.lastContact, asOfDay)) return [];
    const lastContact = dm.lastContact ?? null;
    const contactDay = lastContact === null ? null : dayNumber(lastContact);
    const message =
      lastContact === null || contactDay === null
        ? `${describeStakeholder(dm)} is a decision-maker but has never been contacted`
        : `${describeStakeholder(dm)} is a decision-maker and was last contacted on ${lastContact}, ` +
          `${asOfDay - contactDay} days before ${asOf}`;
    return [
      makeGap('stale-decision-maker', {
        perStakeholderId: dm.id,
        message,
        nextAction: `Book a meeting with ${dm.name} to confirm where the deal stands and what they need to decide`,
        stakeholderIds: [dm.id],
      }),
    ];
  });
