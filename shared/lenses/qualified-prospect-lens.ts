// The default lens, from the source text: need, interest, decision involvement, saboteurs, value case, referrals.
import { describeStakeholder, describeStakeholders, mostInfluential, warmestContact } from '../engine/stakeholder-names';
import { isAlly } from '../model/vocabulary';
import { judgeSaboteurs } from './saboteurs-criterion';
import { contactName, evidence, formatAmount, interestPhrase, verdict } from './lens-helpers';
import type { CriterionEvidence, CriterionVerdict, LensContext, LensDefinition } from './lens-types';
import { judgeNeed } from './need-criterion';

/** missing: nobody at general-info or higher; identified: nobody beyond it; validated: someone discussing benefits. */
function judgeInterest(context: LensContext): CriterionVerdict {
  const { facts, deal } = context;
  if (facts.discussingBenefits.length > 0) {
    const found = facts.discussingBenefits.map((person) =>
      evidence(`${describeStakeholder(person)} ${interestPhrase(person.interest)}`, [person]),
    );
    return verdict('validated', found, null);
  }
  if (facts.engaged.length > 0) {
    const contact = warmestContact(facts.engaged)?.name ?? contactName(context);
    return verdict(
      'identified',
      [evidence(`${describeStakeholders(facts.engaged)} ${facts.engaged.length === 1 ? 'wants' : 'want'} general information`, facts.engaged)],
      `Book a session with ${contact} to compare the product with the alternatives ${deal.account} is considering`,
    );
  }
  const target = mostInfluential(facts.stakeholders)?.name ?? contactName(context);
  return verdict('missing', [], `Send ${target} a short overview of what the product does for ${deal.account} and ask for a first meeting`);
}

/**
 * missing: no decision-maker; identified: decision-makers known; validated: the stage rule's decision
 * involvement: a decision-maker at general-info or higher, or an ally with an influence path to one.
 */
function judgeDecisionInvolvement(context: LensContext): CriterionVerdict {
  const { facts } = context;
  if (facts.decisionMakers.length === 0) {
    return verdict(
      'missing',
      [],
      `Ask ${contactName(context)} who signs off a purchase like this, and add them to the map as a decision-maker`,
    );
  }
  const found: CriterionEvidence[] = facts.decisionMakers
    .filter((dm) => facts.engaged.includes(dm))
    .map((dm) => evidence(`${describeStakeholder(dm)} decides and ${interestPhrase(dm.interest)}`, [dm]));
  for (const reaches of facts.influence.decisionMakers) {
    const path = reaches.allyReaches.find((reach) => reach.relationIds.length > 0);
    const ally = path === undefined ? undefined : facts.findStakeholder(path.fromId);
    const dm = facts.findStakeholder(reaches.decisionMakerId);
    if (path === undefined || ally === undefined || dm === undefined) continue;
    found.push(
      evidence(`${describeStakeholder(ally)}, a ${ally.stance}, influences ${describeStakeholder(dm)}`, path.stakeholderIds),
    );
  }
  if (found.length > 0) return verdict('validated', found, null);
  const target = mostInfluential(facts.decisionMakers);
  return verdict(
    'identified',
    [
      evidence(
        `${describeStakeholders(facts.decisionMakers)} ${facts.decisionMakers.length === 1 ? 'is on the map as a decision-maker' : 'are on the map as decision-makers'}`,
        facts.decisionMakers,
      ),
    ],
    `Engage ${target?.name ?? 'a decision-maker'} with a short, personal overview, or get a supporter who influences them`,
  );
}

/** missing: nothing in the value case; identified: a benefit or a saving; validated: both. */
function judgeValueCase(context: LensContext): CriterionVerdict {
  const { deal, facts } = context;
  const found: CriterionEvidence[] = deal.valueCase.benefits
    .filter((benefit) => benefit.text.trim() !== '')
    .map((benefit) => evidence(`Benefit: ${benefit.text.trim()}`));
  const { frontEnd, backEnd } = deal.valueCase.savings;
  const savings = [
    typeof frontEnd === 'number' && frontEnd > 0 ? `${formatAmount(frontEnd, deal.currency)} on the price` : '',
    typeof backEnd === 'number' && backEnd > 0 ? `${formatAmount(backEnd, deal.currency)} in indirect costs` : '',
  ].filter((part) => part !== '');
  if (savings.length > 0) found.push(evidence(`Saves ${savings.join(' and ')}`));
  if (facts.benefitNamed && facts.savingsGiven) return verdict('validated', found, null);
  const contact = warmestContact(facts.engaged)?.name ?? contactName(context);
  if (facts.benefitNamed) {
    return verdict('identified', found, `Work out with ${contact} what the purchase saves ${deal.account}, on the price and in indirect costs`);
  }
  if (facts.savingsGiven) {
    return verdict('identified', found, `Agree with ${contact} on a benefit: easier work, better support or more efficient work`);
  }
  return verdict('missing', found, `Agree with ${contact} on at least one benefit and on what the purchase saves ${deal.account}`);
}

/** validated: a referral is recorded; identified: a champion (else an ally) to ask; missing: nobody to ask. */
function judgeReferrals(context: LensContext): CriterionVerdict {
  const { deal, facts } = context;
  if (deal.referrals.length > 0) {
    const names = deal.referrals.map((referral) => referral.name.trim());
    return verdict('validated', [evidence(`${deal.account} gave ${names.length === 1 ? 'a referral' : `${names.length} referrals`}: ${names.join(', ')}`)], null);
  }
  const champions = facts.stakeholders.filter((person) => person.stance === 'champion');
  const asked = mostInfluential(champions) ?? mostInfluential(facts.stakeholders.filter((person) => isAlly(person.stance)));
  const ask = (name: string) =>
    `${deal.status === 'won' ? 'Ask' : 'Once the deal is won, ask'} ${name} who else might have the same need, and record the referrals on the deal`;
  if (asked === undefined) {
    if (deal.status === 'won') return verdict('missing', [], ask(contactName(context)));
    // Before the close, nobody to ask means nobody backs the deal: winning a supporter is the step.
    return verdict('missing', [], `Win someone at ${deal.account} over as a supporter: once the deal is won, they are the one to ask for referrals`);
  }
  const found = [evidence(`${describeStakeholder(asked)} backs the deal and can be asked for referrals`, [asked])];
  if (deal.status === 'won') return verdict('identified', found, ask(asked.name));
  return { ...verdict('identified', found, ask(asked.name)), waitsForClose: true };
}

export const QUALIFIED_PROSPECT_LENS: LensDefinition = {
  label: 'Qualified prospect',
  criteria: [
    { code: 'need', label: 'Need', letter: 'N', judge: judgeNeed },
    { code: 'interest', label: 'Interest', letter: 'I', judge: judgeInterest },
    { code: 'decision-involvement', label: 'Decision involvement', letter: 'D', judge: judgeDecisionInvolvement },
    { code: 'saboteurs', label: 'Saboteurs', letter: 'S', judge: judgeSaboteurs },
    { code: 'value-case', label: 'Value case', letter: 'V', judge: judgeValueCase },
    { code: 'referrals', label: 'Referrals', letter: 'R', judge: judgeReferrals },
  ],
};
