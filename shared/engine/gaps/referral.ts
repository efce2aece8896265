// Gap rule: referral-not-asked, a won deal whose customer has not been asked for referrals.
import { isAlly } from '../../model/vocabulary';
import { mostInfluential } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

export const referralNotAsked: GapRule = ({ facts }) => {
  const { deal } = facts;
  if (deal.status !== 'won' || deal.referrals.length > 0) return [];
  const champions = facts.stakeholders.filter((person) => person.stance === 'champion');
  const asked = mostInfluential(champions) ?? mostInfluential(facts.stakeholders.filter((p) => isAlly(p.stance)));
  return [
    makeGap('referral-not-asked', {
      message: `${deal.account} is a customer now, but no referral has been recorded`,
      nextAction: `Ask ${asked?.name ?? `your contact at ${deal.account}`} who else might have the same need, and record the referrals on the deal`,
      stakeholderIds: asked === undefined ? [] : [asked.id],
    }),
  ];
};
