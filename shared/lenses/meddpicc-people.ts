// MEDDPICC's economic buyer and champion: the people who sign and the one who sells for us inside.
import { describeStakeholder, mostInfluential } from '../engine/stakeholder-names';
import type { MessageRef } from '../i18n/message-ref';
import type { Stakeholder } from '../model/deal-schema';
import { interestRank, isAlly } from '../model/vocabulary';
import { contactName, describeStakeholderList, evidence, inTouch, interestPhrase, lensText, verdict } from './lens-helpers';
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
    return verdict('missing', [], lensText('economic-buyer.next-ask', { person: contactName(context) }));
  }
  const met = dms.filter(
    (dm) => dm.stance !== 'saboteur' && interestRank(dm.interest) >= DISCUSSING_BENEFITS && inTouch(context, dm.lastContact),
  );
  if (met.length > 0) {
    return verdict(
      'validated',
      met.map((dm) =>
        evidence(lensText('economic-buyer.met', { person: describeStakeholder(dm), interest: interestPhrase(dm.interest), date: dm.lastContact ?? '' }), [dm]),
      ),
      null,
    );
  }
  const found = dms.map((dm) => {
    const values = { person: describeStakeholder(dm), interest: interestPhrase(dm.interest) };
    const contact = dm.lastContact ? lensText('economic-buyer.last-contacted', { date: dm.lastContact }) : lensText('economic-buyer.never-contacted');
    const key = dm.stance === 'saboteur' ? 'economic-buyer.not-met-against' : 'economic-buyer.not-met';
    return evidence(lensText(key, { ...values, contact }), [dm]);
  });
  const target = mostInfluential(dms.filter((dm) => dm.stance !== 'saboteur')) ?? mostInfluential(dms);
  return verdict(
    'identified',
    found,
    lensText('economic-buyer.next-meet', { person: target?.name ?? lensText('the-decision-maker'), days: context.staleContactDays }),
  );
}

function passesChampionTest(person: Stakeholder): boolean {
  const test = person.championTest;
  return test !== undefined && test.power && test.influence && test.personalStake.trim() !== '';
}

/** What the champion test still lacks for one ally, as the question to answer. */
function championQuestion(person: Stakeholder): MessageRef {
  const test = person.championTest;
  if (test === undefined) return lensText('champion.next-test', { person: person.name });
  // The first question names the person; the later ones say "they" (power, asked first, never does).
  const open = [
    ...(test.power ? [] : ['power']),
    ...(test.influence ? [] : ['influence']),
    ...(test.personalStake.trim() === '' ? ['stake'] : []),
  ];
  const [first, second, third] = open.map((question, index) =>
    index === 0 ? lensText(`champion.ask-${question}`, { person: person.name }) : lensText(`champion.ask-${question}-they`),
  );
  // Each language joins the questions its own way; a list format would drop the English ", and".
  if (first === undefined) return lensText('champion.next-test', { person: person.name });
  if (second === undefined) return lensText('champion.next-find-out-1', { first });
  if (third === undefined) return lensText('champion.next-find-out-2', { first, second });
  return lensText('champion.next-find-out-3', { first, second, third });
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
    return verdict('missing', [], lensText('champion.next-find', { account: deal.account, person: contactName(context) }));
  }
  const champions = allies.filter((person) => person.stance === 'champion' && passesChampionTest(person));
  if (champions.length > 0) {
    return verdict(
      'validated',
      champions.map((person) =>
        evidence(lensText('champion.passes', { person: describeStakeholder(person), stake: person.championTest?.personalStake.trim() ?? '' }), [person]),
      ),
      null,
    );
  }
  const candidate = mostInfluential(allies.filter((person) => person.stance === 'champion')) ?? mostInfluential(allies);
  const tested = allies.find((person) => person.stance === 'supporter' && passesChampionTest(person));
  if (tested !== undefined && !allies.some((person) => person.stance === 'champion')) {
    return verdict(
      'identified',
      [evidence(lensText('champion.passes-supporter', { person: describeStakeholder(tested) }), [tested])],
      lensText('champion.next-sell', { person: tested.name, account: deal.account }),
    );
  }
  return verdict(
    'identified',
    [evidence(lensText('champion.untested', { people: describeStakeholderList(allies), count: allies.length }), allies)],
    candidate === undefined ? null : championQuestion(candidate),
  );
}
