// The default lens, from the source text: need, interest, decision involvement, saboteurs, value case, referrals.
import { describeStakeholder, mostInfluential, warmestContact } from '../engine/stakeholder-names';
import type { MessageRef } from '../i18n/message-ref';
import { isAlly } from '../model/vocabulary';
import { judgeSaboteurs } from './saboteurs-criterion';
import { contactName, describeStakeholderList, evidence, interestPhrase, lensText, money, verdict } from './lens-helpers';
import type { CriterionEvidence, CriterionVerdict, LensContext, LensDefinition } from './lens-types';
import { judgeNeed, NEED_READS } from './need-criterion';

/** missing: nobody at general-info or higher; identified: nobody beyond it; validated: someone discussing benefits. */
function judgeInterest(context: LensContext): CriterionVerdict {
  const { facts, deal } = context;
  if (facts.discussingBenefits.length > 0) {
    const found = facts.discussingBenefits.map((person) =>
      evidence(lensText('interest.shown', { person: describeStakeholder(person), interest: interestPhrase(person.interest) }), [person]),
    );
    return verdict('validated', found, null);
  }
  if (facts.engaged.length > 0) {
    const contact = warmestContact(facts.engaged)?.name ?? contactName(context);
    return verdict(
      'identified',
      [evidence(lensText('interest.general-info-people', { people: describeStakeholderList(facts.engaged), count: facts.engaged.length }), facts.engaged)],
      lensText('interest.next-compare', { person: contact, account: deal.account }),
    );
  }
  const target = mostInfluential(facts.stakeholders)?.name ?? contactName(context);
  return verdict('missing', [], lensText('interest.next-overview', { person: target, account: deal.account }));
}

/**
 * missing: no decision-maker; identified: decision-makers known; validated: the stage rule's decision
 * involvement: a decision-maker at general-info or higher, or an ally with an influence path to one.
 */
function judgeDecisionInvolvement(context: LensContext): CriterionVerdict {
  const { facts } = context;
  if (facts.decisionMakers.length === 0) {
    return verdict('missing', [], lensText('next-ask-who-signs', { person: contactName(context) }));
  }
  const found: CriterionEvidence[] = facts.decisionMakers
    .filter((dm) => facts.engaged.includes(dm))
    .map((dm) => evidence(lensText('decision-involvement.engaged', { person: describeStakeholder(dm), interest: interestPhrase(dm.interest) }), [dm]));
  for (const reaches of facts.influence.decisionMakers) {
    const path = reaches.allyReaches.find((reach) => reach.relationIds.length > 0);
    const ally = path === undefined ? undefined : facts.findStakeholder(path.fromId);
    const dm = facts.findStakeholder(reaches.decisionMakerId);
    if (path === undefined || ally === undefined || dm === undefined) continue;
    found.push(
      evidence(
        lensText('decision-involvement.ally', { ally: describeStakeholder(ally), stance: ally.stance, target: describeStakeholder(dm) }),
        path.stakeholderIds,
      ),
    );
  }
  if (found.length > 0) return verdict('validated', found, null);
  const target = mostInfluential(facts.decisionMakers);
  return verdict(
    'identified',
    [
      evidence(
        lensText('decision-involvement.on-map', { people: describeStakeholderList(facts.decisionMakers), count: facts.decisionMakers.length }),
        facts.decisionMakers,
      ),
    ],
    lensText('decision-involvement.next-engage', { person: target?.name ?? lensText('a-decision-maker') }),
  );
}

/** missing: nothing in the value case; identified: a benefit or a saving; validated: both. */
function judgeValueCase(context: LensContext): CriterionVerdict {
  const { deal, facts } = context;
  const found: CriterionEvidence[] = deal.valueCase.benefits
    .filter((benefit) => benefit.text.trim() !== '')
    .map((benefit) => evidence(lensText('value-case.benefit', { benefit: benefit.text.trim() })));
  const { frontEnd, backEnd } = deal.valueCase.savings;
  const savings = [
    typeof frontEnd === 'number' && frontEnd > 0 ? lensText('value-case.on-price', { amount: money(frontEnd, deal.currency) }) : null,
    typeof backEnd === 'number' && backEnd > 0 ? lensText('value-case.indirect', { amount: money(backEnd, deal.currency) }) : null,
  ].filter((part): part is MessageRef => part !== null);
  if (savings.length > 0) found.push(evidence(lensText('value-case.saves', { savings })));
  if (facts.benefitNamed && facts.savingsGiven) return verdict('validated', found, null);
  const person = warmestContact(facts.engaged)?.name ?? contactName(context);
  if (facts.benefitNamed) {
    return verdict('identified', found, lensText('value-case.next-savings', { person, account: deal.account }));
  }
  if (facts.savingsGiven) {
    return verdict('identified', found, lensText('value-case.next-benefit', { person }));
  }
  return verdict('missing', found, lensText('value-case.next-both', { person, account: deal.account }));
}

/** validated: a referral is recorded; identified: a champion (else an ally) to ask; missing: nobody to ask. */
function judgeReferrals(context: LensContext): CriterionVerdict {
  const { deal, facts } = context;
  if (deal.referrals.length > 0) {
    const names = deal.referrals.map((referral) => referral.name.trim());
    return verdict('validated', [evidence(lensText('referrals.given', { account: deal.account, count: names.length, names: names.join(', ') }))], null);
  }
  const champions = facts.stakeholders.filter((person) => person.stance === 'champion');
  const asked = mostInfluential(champions) ?? mostInfluential(facts.stakeholders.filter((person) => isAlly(person.stance)));
  const ask = (person: string | MessageRef) => lensText(deal.status === 'won' ? 'referrals.next-ask' : 'referrals.next-ask-once-won', { person });
  if (asked === undefined) {
    if (deal.status === 'won') return verdict('missing', [], ask(contactName(context)));
    // Before the close, nobody to ask means nobody backs the deal: winning a supporter is the step.
    return verdict('missing', [], lensText('referrals.next-win-supporter', { account: deal.account }));
  }
  const found = [evidence(lensText('referrals.backer', { person: describeStakeholder(asked) }), [asked])];
  if (deal.status === 'won') return verdict('identified', found, ask(asked.name));
  return { ...verdict('identified', found, ask(asked.name)), waitsForClose: true };
}

export const QUALIFIED_PROSPECT_LENS: LensDefinition = {
  label: 'Qualified prospect',
  criteria: [
    { code: 'need', label: 'Need', letter: 'N', judge: judgeNeed, reads: NEED_READS },
    { code: 'interest', label: 'Interest', letter: 'I', judge: judgeInterest, reads: ['account'] },
    { code: 'decision-involvement', label: 'Decision involvement', letter: 'D', judge: judgeDecisionInvolvement, reads: [] },
    { code: 'saboteurs', label: 'Saboteurs', letter: 'S', judge: judgeSaboteurs, reads: ['account'] },
    { code: 'value-case', label: 'Value case', letter: 'V', judge: judgeValueCase, reads: ['valueCase', 'currency', 'account'] },
    { code: 'referrals', label: 'Referrals', letter: 'R', judge: judgeReferrals, reads: ['referrals', 'status', 'account'] },
  ],
};
