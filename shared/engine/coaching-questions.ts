// The questions a sales coach asks the account executive about each gap, naming the people in it.
import type { Deal, Stakeholder } from '../model/deal-schema';
import { dealmapIntl, renderMessage, type DealmapIntl } from '../i18n/dealmap-intl';
import { messageRef, orList, type MessageRef, type MessageValue } from '../i18n/message-ref';
import { CRITERION_MEANINGS } from '../lenses/lens-meanings';
import type { Gap, GapCode, LensGapCode } from './types';

/** What the questions may name: the deal's account and its people. */
export type CoachingDeal = Pick<Deal, 'account' | 'stakeholders'>;

interface QuestionContext {
  /** The deal's account; undefined without a deal ("the customer"). */
  readonly account: string | undefined;
  /** The gap's people by name, in the gap's order; empty without a deal. */
  readonly names: readonly string[];
  /** The stakeholder a per-stakeholder gap is about (`code:id`), by name. */
  readonly subject: string | undefined;
  /** Where the gap's first influence path ends: the decision-maker it is about. */
  readonly target: string | undefined;
}

type Questions = (context: QuestionContext) => readonly MessageRef[];

/** `coaching.<key>`; a question that names nobody has its own wording, `<key>-unnamed`. */
function ask(key: string, values: Readonly<Record<string, MessageValue | undefined>> = {}): MessageRef {
  const named = Object.fromEntries(Object.entries(values).filter((entry): entry is [string, MessageValue] => entry[1] !== undefined));
  const unnamed = Object.keys(named).length < Object.keys(values).length;
  return messageRef(`coaching.${key}${unnamed ? '-unnamed' : ''}`, unnamed ? {} : named);
}

/** The account by name, or "the customer" in the reader's language. */
function accountOf({ account }: QuestionContext): MessageValue {
  return account ?? messageRef('coaching.the-customer');
}

const HOW_DO_YOU_KNOW = messageRef('coaching.how-do-you-know');

const QUESTIONS: Readonly<Record<Exclude<GapCode, LensGapCode>, Questions>> = {
  'commit-at-risk': (context) => [ask('commit-at-risk.1', { account: accountOf(context) }), ask('commit-at-risk.2')],
  'need-unconfirmed': (context) => [ask('need-unconfirmed.1', { account: accountOf(context) }), ask('need-unconfirmed.2')],
  'no-interest': (context) => [ask('no-interest.1', { account: accountOf(context) })],
  'interest-shallow': ({ names }) => [
    ask('interest-shallow.1', { names: names.length > 0 ? names : undefined }),
    ask('interest-shallow.2'),
  ],
  'no-decision-maker': () => [ask('no-decision-maker.1'), HOW_DO_YOU_KNOW],
  'decision-maker-stance-unknown': ({ subject }) => [
    ask('decision-maker-stance-unknown.1', { subject }),
    ask('decision-maker-stance-unknown.2', { subject }),
  ],
  'decision-maker-saboteur': ({ subject }) => [ask('decision-maker-saboteur.1', { subject }), ask('decision-maker-saboteur.2', { subject })],
  'decision-maker-skeptic': ({ subject }) => [ask('decision-maker-skeptic.1', { subject }), ask('decision-maker-skeptic.2', { subject })],
  'decision-maker-unengaged': ({ names }) => [
    ask('decision-maker-unengaged.1', { names: names.length > 0 ? orList(names) : undefined }),
    ask('decision-maker-unengaged.2'),
  ],
  'no-ally-path': ({ names }) => [ask('no-ally-path.1', { names: names.length > 0 ? orList(names) : undefined }), ask('no-ally-path.2')],
  'saboteur-unchecked': ({ subject, target }) => [
    ask('saboteur-unchecked.1', { subject }),
    // Each of the two people may be unnamed on its own.
    subject !== undefined && target !== undefined
      ? ask('saboteur-unchecked.2', { subject, target })
      : messageRef('coaching.saboteur-unchecked.2-unnamed', {
          subject: subject ?? messageRef('coaching.the-saboteur'),
          target: target ?? messageRef('coaching.the-decision-maker'),
        }),
  ],
  'single-threaded': (context) => [
    context.names[0] !== undefined
      ? ask('single-threaded.1', { name: context.names[0], account: accountOf(context) })
      : ask('single-threaded.1-nobody', { account: accountOf(context) }),
  ],
  'no-benefits': () => [ask('no-benefits.1')],
  'no-savings-case': () => [ask('no-savings-case.1'), ask('no-savings-case.2')],
  'stale-decision-maker': ({ subject }) => [ask('stale-decision-maker.1', { subject }), ask('stale-decision-maker.2', { subject })],
  'close-date-passed': (context) => [
    context.names[0] !== undefined
      ? ask('close-date-passed.1', { name: context.names[0] })
      : ask('close-date-passed.1-nobody', { account: accountOf(context) }),
    ask('close-date-passed.2', { account: accountOf(context) }),
  ],
  'referral-not-asked': (context) => [
    context.names[0] !== undefined
      ? ask('referral-not-asked.1', { name: context.names[0] })
      : ask('referral-not-asked.1-nobody', { account: accountOf(context) }),
    ask('referral-not-asked.2'),
  ],
};

function nameOf(people: ReadonlyMap<string, Stakeholder>, id: string | undefined): string | undefined {
  return id === undefined ? undefined : people.get(id)?.name;
}

/**
 * One or two questions a coach would ask about the gap, as catalog keys and values. With the deal,
 * they name the gap's people and account; without it they speak of "the decision-maker" and "the customer".
 */
export function coachingQuestionRefs(gap: Gap, deal?: CoachingDeal): readonly MessageRef[] {
  const people = new Map((deal?.stakeholders ?? []).map((person) => [person.id, person]));
  const separator = gap.id.indexOf(':');
  const subjectId = separator < 0 ? undefined : gap.id.slice(separator + 1);
  const firstPath = gap.paths[0]?.stakeholderIds;
  const context: QuestionContext = {
    account: deal?.account,
    names: gap.stakeholderIds.flatMap((id) => nameOf(people, id) ?? []),
    subject: nameOf(people, subjectId),
    target: nameOf(people, firstPath?.[firstPath.length - 1]),
  };
  const { lensCriterion } = gap;
  if (lensCriterion !== undefined) {
    const question =
      CRITERION_MEANINGS[lensCriterion.lens][lensCriterion.code] === undefined
        ? messageRef('coaching.lens-criterion', { criterion: lensCriterion.label, account: accountOf(context) })
        : messageRef(`lenses.${lensCriterion.lens}.${lensCriterion.code}.question`);
    return [question, HOW_DO_YOU_KNOW];
  }
  return QUESTIONS[gap.code as Exclude<GapCode, LensGapCode>](context);
}

/** The questions rendered in a language (English unless given): for front ends that show text. */
export function coachingQuestions(gap: Gap, deal?: CoachingDeal, intl: DealmapIntl = dealmapIntl('en')): readonly string[] {
  return coachingQuestionRefs(gap, deal).map((question) => renderMessage(intl, question));
}
