// Gap rule: referral-not-asked, a won deal whose customer has not been asked for referrals.
import { isAlly } from '../../model/vocabulary';
import { mostInfluential } from '../stakeholder-names';
import { gapText, makeGap, type GapRule } from './gap-rule';

export const referralNotAsked: GapRule = ({ facts }) => {
  const { deal } = facts;
  if (deal.status !== 'won' || deal.referrals.length > 0) return [];
  const champions = facts.stakeholders.filter((person) => person.stance === 'champion');
  const asked = mostInfluential(champions) ?? mostInfluential(facts.stakeholders.filter((p) => isAlly(p.stance)));
  return [
    makeGap('referral-not-asked', {
      message: gapText('referral-not-asked.message', { account: deal.account }),
      nextAction:
        asked === undefined
          ? gapText('referral-not-asked.next', { account: deal.account })
          : gapText('referral-not-asked.next-contact', { contact: asked.name }),
      stakeholderIds: asked === undefined ? [] : [asked.id],
    }),
  ];
};
