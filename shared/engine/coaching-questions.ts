// The questions a sales coach asks the account executive about each gap, naming the people in it.
import type { Deal, Stakeholder } from '../model/deal-schema';
import { joinWithAnd, joinWithOr } from './message-text';
import { CRITERION_MEANINGS } from '../lenses/lens-meanings';
import type { Gap, GapCode, LensGapCode } from './types';

/** What the questions may name: the deal's account and its people. */
export type CoachingDeal = Pick<Deal, 'account' | 'stakeholders'>;

interface QuestionContext {
  readonly account: string;
  /** The gap's people by name, in the gap's order; empty without a deal. */
  readonly names: readonly string[];
  /** The stakeholder a per-stakeholder gap is about (`code:id`), by name. */
  readonly subject: string | undefined;
  /** Where the gap's first influence path ends: the decision-maker it is about. */
  readonly target: string | undefined;
}

type Questions = (context: QuestionContext) => readonly string[];

const QUESTIONS: Readonly<Record<Exclude<GapCode, LensGapCode>, Questions>> = {
  'commit-at-risk': ({ account }) => [
    `You call ${account} commit: what do you know that the map does not show yet?`,
    'If it slips out of this period, what will the reason be?',
  ],
  'need-unconfirmed': ({ account }) => [
    `What does the problem cost ${account} today, and who at ${account} said so in their own words?`,
    'What happens if they do nothing this year?',
  ],
  'no-interest': ({ account }) => [
    `Who at ${account} has asked us anything at all, and why would they take a first meeting now?`,
  ],
  'interest-shallow': ({ names }) => [
    `${names.length > 0 ? joinWithAnd(names) : 'Your contacts'} want information: what would make them compare us with the alternatives?`,
    'What are they comparing us with, doing nothing included?',
  ],
  'no-decision-maker': () => [
    'Who signs the contract, and what do they need to hear from us?',
    'How do you know: did the customer tell you, or are you guessing?',
  ],
  'decision-maker-stance-unknown': ({ subject }) => [
    `Where does ${subject ?? 'the decision-maker'} stand, and who could tell you before you meet?`,
    `What would ${subject ?? 'they'} need to believe to back this deal?`,
  ],
  'decision-maker-saboteur': ({ subject }) => [
    `What is ${subject ?? 'the decision-maker'} protecting by opposing this deal?`,
    `Who does ${subject ?? 'the decision-maker'} listen to, and is any of them on our side?`,
  ],
  'decision-maker-skeptic': ({ subject }) => [
    `What exactly does ${subject ?? 'the decision-maker'} doubt, and what proof would answer it?`,
    `Who on our side does ${subject ?? 'the decision-maker'} listen to more than to their own doubts?`,
  ],
  'decision-maker-unengaged': ({ names }) => [
    `Why has ${names.length > 0 ? joinWithOr(names) : 'no decision-maker'} not asked us a single question yet?`,
    'What would make this purchase matter to them personally?',
  ],
  'no-ally-path': ({ names }) => [
    `Who on our side can get time with ${names.length > 0 ? joinWithOr(names) : 'a decision-maker'}?`,
    'If nobody can, who could you win over who has that ear?',
  ],
  'saboteur-unchecked': ({ subject, target }) => [
    `What does ${subject ?? 'the saboteur'} gain if this deal fails, and lose if it succeeds?`,
    `Who on our side has more sway over ${target ?? 'the decision-maker'} than ${subject ?? 'the saboteur'} has?`,
  ],
  'single-threaded': ({ account, names }) => [
    names.length > 0
      ? `If ${names[0]} left ${account} tomorrow, who would still carry this deal?`
      : `Who at ${account} feels the problem, and when will you meet them?`,
  ],
  'no-benefits': () => [
    "In the customer's own words, what gets easier, faster or better supported with us?",
  ],
  'no-savings-case': () => [
    'What does the customer save, in money, on the price and in indirect costs?',
    'Who on their side will stand behind those numbers?',
  ],
  'stale-decision-maker': ({ subject }) => [
    `When did you last speak with ${subject ?? 'the decision-maker'}, and what has changed since?`,
    `What reason would ${subject ?? 'they'} have to take your call this week?`,
  ],
  'close-date-passed': ({ account, names }) => [
    `The close date has passed: what did ${names[0] ?? `anyone at ${account}`} say about timing, and when?`,
    `What still has to happen at ${account} before they sign, and by which date?`,
  ],
  'referral-not-asked': ({ account, names }) => [
    `Who else does ${names[0] ?? `your contact at ${account}`} know with the same problem?`,
    'What would make them glad to introduce you?',
  ],
};

function nameOf(people: ReadonlyMap<string, Stakeholder>, id: string | undefined): string | undefined {
  return id === undefined ? undefined : people.get(id)?.name;
}

/**
 * One or two questions a coach would ask about the gap. With the deal, they name the gap's people
 * and account; without it they speak of "the decision-maker" and "the customer".
 */
export function coachingQuestions(gap: Gap, deal?: CoachingDeal): readonly string[] {
  const people = new Map((deal?.stakeholders ?? []).map((person) => [person.id, person]));
  const separator = gap.id.indexOf(':');
  const subjectId = separator < 0 ? undefined : gap.id.slice(separator + 1);
  const firstPath = gap.paths[0]?.stakeholderIds;
  const context: QuestionContext = {
    account: deal?.account ?? 'the customer',
    names: gap.stakeholderIds.flatMap((id) => nameOf(people, id) ?? []),
    subject: nameOf(people, subjectId),
    target: nameOf(people, firstPath?.[firstPath.length - 1]),
  };
  const { lensCriterion } = gap;
  if (lensCriterion !== undefined) {
    const meaning = CRITERION_MEANINGS[lensCriterion.lens][lensCriterion.code];
    return [meaning?.question ?? `What do we know of ${lensCriterion.label}, and who at ${context.account} told us?`, 'How do you know: did the customer tell you, or are you guessing?'];
  }
  return QUESTIONS[gap.code as Exclude<GapCode, LensGapCode>](context);
}
