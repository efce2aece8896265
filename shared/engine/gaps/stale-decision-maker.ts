// Gap rule: stale-decision-maker, a decision-maker not contacted within the workspace's staleContactDays.
import { contactedRecently, dayNumber } from '../review-date';
import { describeStakeholder } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const staleDecisionMaker: GapRule = ({ facts, asOf, asOfDay, settings }) =>
  facts.decisionMakers.flatMap((dm) => {
    if (contactedRecently(dm.lastContact, asOfDay, settings.staleContactDays)) return [];
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
