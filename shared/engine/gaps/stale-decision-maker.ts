// Gap rule: stale-decision-maker, a decision-maker not contacted within the workspace's staleContactDays.
import { contactedRecently, dayNumber } from '../review-date';
import { describeStakeholder } from '../stakeholder-names';
import { gapText, makeGap, type GapRule } from './gap-rule';

export const staleDecisionMaker: GapRule = ({ facts, asOf, asOfDay, settings }) =>
  facts.decisionMakers.flatMap((dm) => {
    if (contactedRecently(dm.lastContact, asOfDay, settings.staleContactDays)) return [];
    const lastContact = dm.lastContact ?? null;
    const contactDay = lastContact === null ? null : dayNumber(lastContact);
    const message =
      lastContact === null || contactDay === null
        ? gapText('stale-decision-maker.message-never', { decisionMaker: describeStakeholder(dm) })
        : gapText('stale-decision-maker.message', { decisionMaker: describeStakeholder(dm), lastContact, days: asOfDay - contactDay, asOf });
    return [
      makeGap('stale-decision-maker', {
        perStakeholderId: dm.id,
        message,
        nextAction: gapText('stale-decision-maker.next', { name: dm.name }),
        stakeholderIds: [dm.id],
      }),
    ];
  });
