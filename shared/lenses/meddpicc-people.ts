// MEDDPICC's economic buyer and champion: the people who sign and the one who sells for us inside.
import { describeStakeholder, describeStakeholders, mostInfluential } from '../engine/stakeholder-names';
import type { Stakeholder } from '../model/deal-schema';
import { interestRank, isAlly } from '../model/vocabulary';
import { contactName, evidence, inTouch, interestPhrase, verdict } from './lens-helpers';
import type { CriterionVerdict, LensContext } from './lens-types';

const DISCUSSING_BENEFITS = interestRank('discussing-benefits');

/**
 * missing: no decision-maker; identified: decision-makers known; validated: a decision-maker who
 * is not a saboteur is at discussing-benefits or higher and was contacted within the stale-contact
 * days of the review date (the economic buyer has been met, not only named).
 */
export function judgeEconomicBuyer(context: LensContext): CriterionVerdict {
  const dms = context.facts.decisionMakers;
  if (dms.length === 0) {
    return verdict(
      'missing',
      [],
      `Ask ${contactName(context)} who controls the budget and signs off a purchase like this, and add them to the map as a decision-maker`,
    );
  }
  const met = dms.filter(
    (dm) => dm.stance !== 'saboteur' && interestRank(dm.interest) >= DISCUSSING_BENEFITS && inTouch(context, dm.lastContact),
  );
  if (met.length > 0) {
    return verdict(
      'validated',
      met.map((dm) => evidence(`${describeStakeholder(dm)} signs off the purchase, ${interestPhrase(dm.interest)} and was last contacted on ${dm.lastContact ?? ''}`, [dm])),
      null,
    );
  }
  const found = dms.map((dm) => {
    const contact = dm.lastContact ? `last contacted on ${dm.lastContact}` : 'never contacted';
    const against = dm.stance === 'saboteur' ? ', and works against the deal' : '';
    return evidence(`${describeStakeholder(dm)} signs off the purchase, ${interestPhrase(dm.interest)}, ${contact}${against}`, [dm]);
  });
  const target = mostInfluential(dms.filter((dm) => dm.stance !== 'saboteur')) ?? mostInfluential(dms);
  return verdict(
    'identified',
    found,
    `Meet ${target?.name ?? 'the decision-maker'} within ${context.staleContactDays} days to hear what they need to see before signing`,
  );
}

function passesChampionTest(person: Stakeholder): boolean {
  const test = person.championTest;
  return test !== undefined && test.power && test.influence && test.personalStake.trim() !== '';
}

/** What the champion test still lacks for one ally, as the question to answer. */
function championQuestion(person: Stakeholder): string {
  const test = person.championTest;
  if (test === undefined) {
    return `Test ${person.name} as a champion: do they have power, do they sway the others, and what do they gain personally?`;
  }
  type Question = (who: string, one: boolean) => string;
  const open: Question[] = [];
  if (!test.power) open.push((who, one) => `whether ${who} ${one ? 'has' : 'have'} the power to move the deal`);
  if (!test.influence) open.push((who, one) => `whether ${who} ${one ? 'sways' : 'sway'} the others`);
  if (test.personalStake.trim() === '') open.push((who, one) => `what ${who} ${one ? 'gains' : 'gain'} personally`);
  // The first question names the person; the later ones say "they".
  const questions = open.map((question, index) => (index === 0 ? question(person.name, true) : question('they', false)));
  return `Find out ${questions.join(', and ')}`;
}

/**
 * missing: no supporter or champion; identified: allies; validated: a champion (stance champion:
 * actively selling for us, not only in favour) passes the champion test: power, influence and a
 * personal stake written down. A supporter who passes the test still has to start selling.
 */
export function judgeChampion(context: LensContext): CriterionVerdict {
  const { facts, deal } = context;
  const allies = facts.stakeholders.filter((person) => isAlly(person.stance));
  if (allies.length === 0) {
    return verdict(
      'missing',
      [],
      `Find someone at ${deal.account} with the power to move the deal and something to gain from it; ask ${contactName(context)} who that might be`,
    );
  }
  const champions = allies.filter((person) => person.stance === 'champion' && passesChampionTest(person));
  if (champions.length > 0) {
    return verdict(
      'validated',
      champions.map((person) =>
        evidence(
          `${describeStakeholder(person)} passes the champion test: has power, sways the others, and gains "${person.championTest?.personalStake.trim() ?? ''}"`,
          [person],
        ),
      ),
      null,
    );
  }
  const candidate = mostInfluential(allies.filter((person) => person.stance === 'champion')) ?? mostInfluential(allies);
  const tested = allies.find((person) => person.stance === 'supporter' && passesChampionTest(person));
  if (tested !== undefined && !allies.some((person) => person.stance === 'champion')) {
    return verdict(
      'identified',
      [evidence(`${describeStakeholder(tested)} passes the champion test but supports the deal rather than selling it inside`, [tested])],
      `Ask ${tested.name} to sell the deal inside ${deal.account}, and mark them a champion once they do`,
    );
  }
  return verdict(
    'identified',
    [evidence(`${describeStakeholders(allies)} ${allies.length === 1 ? 'backs' : 'back'} the deal, but nobody has passed the champion test yet`, allies)],
    candidate === undefined ? null : championQuestion(candidate),
  );
}
