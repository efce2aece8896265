// The one-to-one pack's opening page: the challenges first, the AE's pipeline in numbers, what changed, open action items, three questions.
import { dealmapIntl, renderMessage, type DealmapIntl } from '../i18n/dealmap-intl';
import { coachingQuestions } from '../engine/coaching-questions';
import { dayNumber } from '../engine/review-date';
import { sumByCurrency } from '../pipeline/currency-amounts';
import { isChallengedCommit, isOverdue, pipelineForecast } from '../pipeline/forecast';
import type { PipelineRow } from '../pipeline/pipeline-row';
import { revenueAtRisk } from '../pipeline/revenue-at-risk';
import type { DealChanges } from '../review/change-types';
import { coachingFor } from '../review/review-schema';
import type { OwnerPackInput } from './review-pack-owner-input';
import type { OpeningPage, PackActionItem, PackQuestion } from './review-pack-owner-model';
import { moneyText } from './review-pack-owner-money';
import { packText } from './review-pack-owner-text';

/** Open action items the opening page lists; the rest are on their deal pages. */
export const OPENING_ACTION_ITEMS = 8;
/** Challenged commits the opening page names; the rest are counted (they lead the deal pages). */
export const OPENING_CHALLENGES = 5;
/** Deals named per line of "what changed" before "and N more". */
const NAMES_PER_LINE = 6;

export function dealLabel(deal: { readonly deal?: string; readonly name?: string; readonly account: string }): string {
  return `${deal.deal ?? deal.name ?? ''} — ${deal.account}`;
}

function names(intl: DealmapIntl, labels: readonly string[]): string {
  if (labels.length === 0) return packText(intl, 'one-to-one.none');
  const shown = labels.slice(0, NAMES_PER_LINE).join('; ');
  return labels.length > NAMES_PER_LINE ? packText(intl, 'one-to-one.names-more', { names: shown, more: labels.length - NAMES_PER_LINE }) : shown;
}

function basisLine(intl: DealmapIntl, input: OwnerPackInput): string {
  const { review } = input;
  if (review === null) return packText(intl, 'one-to-one.basis-none', { asOf: input.asOf });
  const which = review.id === review.asOf ? review.asOf : packText(intl, 'one-to-one.basis-review', { asOf: review.asOf, id: review.id });
  return packText(intl, 'one-to-one.basis', { asOf: input.asOf, which });
}

function moneyLine(intl: DealmapIntl, input: OwnerPackInput): string {
  const { reportingCurrency, exchangeRates } = input.settings;
  if (reportingCurrency === undefined) return packText(intl, 'one-to-one.money-none');
  if (exchangeRates === undefined) return packText(intl, 'one-to-one.money-unrated', { currency: reportingCurrency });
  return packText(intl, 'one-to-one.money-rated', { currency: reportingCurrency, date: exchangeRates.date });
}

function challengeText(intl: DealmapIntl, row: PipelineRow, input: OwnerPackInput): string {
  const section = input.sections.find((item) => item.deal.id === row.dealId);
  const gap = section?.qualification.gaps.find((item) => item.code === 'commit-at-risk');
  if (gap !== undefined) return renderMessage(intl, gap.message);
  const blockers = row.gapCodes.filter((code) => code !== 'commit-at-risk');
  const stage = packText(intl, `vocabulary.stage.${row.stage}`).toLowerCase();
  return blockers.length === 0 ? packText(intl, 'one-to-one.challenge', { stage }) : packText(intl, 'one-to-one.challenge-blockers', { stage, codes: blockers.join(', ') });
}

function numbers(intl: DealmapIntl, input: OwnerPackInput): [string, string][] {
  const rows = input.plan.rows;
  const money = (amounts: Parameters<typeof moneyText>[2]) => moneyText(intl, input.settings, amounts);
  const open = rows.filter((row) => row.status === 'open');
  const risk = revenueAtRisk(rows);
  const blocked = open.filter((row) => row.blockers > 0).length;
  const qualified = open.filter((row) => row.stage === 'qualified').length;
  const lines: [string, string][] = [
    [packText(intl, 'one-to-one.numbers.open'), packText(intl, 'one-to-one.numbers.open-value', { open: open.length, qualified, blocked, overdue: open.filter(isOverdue).length })],
    [packText(intl, 'one-to-one.numbers.open-amount'), money(risk.open)],
    [packText(intl, 'one-to-one.numbers.risk'), packText(intl, 'one-to-one.numbers.risk-value', { amount: money(risk.atRisk), blocked })],
  ];
  for (const stage of ['lead', 'prospect', 'qualified'] as const) {
    const at = open.filter((row) => row.stage === stage);
    if (at.length > 0) lines.push([packText(intl, `one-to-one.numbers.stage.${stage}`), packText(intl, 'one-to-one.numbers.deals', { count: at.length, amount: money(sumByCurrency(at)) })]);
  }
  for (const line of pipelineForecast(rows, input.settings).lines) {
    const label =
      line.category === null
        ? packText(intl, 'one-to-one.numbers.not-called')
        : packText(intl, 'one-to-one.numbers.forecast', { category: packText(intl, `vocabulary.forecast.${line.category}`).toLowerCase() });
    const value =
      line.challenged === 0
        ? packText(intl, 'one-to-one.numbers.deals', { count: line.deals, amount: money(line.amounts) })
        : packText(intl, 'one-to-one.numbers.deals-challenged', { count: line.deals, amount: money(line.amounts), challenged: line.challenged, challengedAmount: money(line.challengedAmounts) });
    lines.push([label, value]);
  }
  const won = rows.filter((row) => row.status === 'won');
  if (won.length > 0) lines.push([packText(intl, 'one-to-one.numbers.won'), packText(intl, 'one-to-one.numbers.deals', { count: won.length, amount: money(sumByCurrency(won)) })]);
  return lines;
}

function changeLines(intl: DealmapIntl, input: OwnerPackInput): [string, string][] | null {
  if (input.changes === null) return null;
  const ids = new Set(input.plan.rows.map((row) => row.dealId));
  const mine = input.changes.filter((change) => ids.has(change.dealId));
  const pick = (test: (change: DealChanges) => boolean) => names(intl, mine.filter(test).map((change) => dealLabel({ name: change.dealName, account: change.account })));
  const overdue = input.plan.rows.filter(isOverdue).map((row) => dealLabel(row));
  return [
    [packText(intl, 'export.changes.advanced'), pick((change) => change.advanced)],
    [packText(intl, 'export.changes.slipped'), pick((change) => change.slipped)],
    [packText(intl, 'export.changes.gainedBlockers'), pick((change) => change.gainedBlockers)],
    [packText(intl, 'export.changes.clearedBlockers'), pick((change) => change.clearedBlockers)],
    [packText(intl, 'export.changes.fellBack'), pick((change) => change.fellBack)],
    [packText(intl, 'export.changes.new'), pick((change) => change.presence === 'new')],
    [packText(intl, 'one-to-one.changes.overdue'), names(intl, overdue)],
  ];
}

function overdueLine(intl: DealmapIntl, input: OwnerPackInput): string {
  const today = dayNumber(input.asOf) ?? 0;
  const overdue = input.plan.rows.filter(isOverdue);
  if (overdue.length === 0) return packText(intl, 'one-to-one.overdue-none');
  const open = input.plan.rows.filter((row) => row.status === 'open').length;
  const listed = overdue
    .slice(0, NAMES_PER_LINE)
    .map((row) => packText(intl, 'one-to-one.overdue-deal', { deal: dealLabel(row), date: row.closeDate ?? '', days: today - (dayNumber(row.closeDate ?? '') ?? today) }))
    .join('; ');
  const deals = overdue.length > NAMES_PER_LINE ? packText(intl, 'one-to-one.names-more', { names: listed, more: overdue.length - NAMES_PER_LINE }) : listed;
  return packText(intl, 'one-to-one.overdue', { overdue: overdue.length, open, deals });
}

/** Open (not done) action items of the AE's deals in the review, earliest due date first, undated last. */
export function openActionItems(input: OwnerPackInput): PackActionItem[] {
  const { review } = input;
  if (review === null) return [];
  const items = input.plan.rows.flatMap((row) =>
    coachingFor(review, row.dealId)
      .actionItems.filter((item) => !item.done)
      .map((item) => ({ deal: dealLabel(row), text: item.text, owner: item.owner.trim() || '—', due: item.due ?? '' })),
  );
  return items.sort((a, b) => (a.due === '') !== (b.due === '') ? (a.due === '' ? 1 : -1) : a.due.localeCompare(b.due)).map((item) => ({ ...item, due: item.due || '—' }));
}

/** The three questions that matter most: the challenged commits', then the deals that got worse, then the most urgent pages'. */
function topQuestions(intl: DealmapIntl, input: OwnerPackInput): PackQuestion[] {
  const changeOf = new Map((input.changes ?? []).map((change) => [change.dealId, change]));
  const rowOf = new Map(input.plan.rows.map((row) => [row.dealId, row]));
  const rank = (dealId: string) => {
    const row = rowOf.get(dealId);
    const change = changeOf.get(dealId);
    if (row !== undefined && isChallengedCommit(row)) return 0;
    return change?.gainedBlockers || change?.fellBack ? 1 : 2;
  };
  const ordered = [...input.sections].sort((a, b) => rank(a.deal.id) - rank(b.deal.id));
  const found = new Map<string, string[]>();
  for (const { deal, qualification } of ordered) {
    const gap = qualification.gaps[0];
    const question = gap === undefined ? undefined : coachingQuestions(gap, deal, intl)[0];
    if (question === undefined) continue;
    found.set(question, [...(found.get(question) ?? []), dealLabel(deal)]);
  }
  return [...found.entries()].slice(0, 3).map(([question, deals]) => ({ question, deals }));
}

export function openingPage(input: OwnerPackInput): OpeningPage {
  const intl = dealmapIntl(input.language ?? 'en');
  const items = openActionItems(input);
  const challenged = input.plan.rows.filter(isChallengedCommit);
  return {
    title: packText(intl, 'one-to-one.title', { owner: input.plan.owner, asOf: input.asOf }),
    basis: basisLine(intl, input),
    money: moneyLine(intl, input),
    challenges: challenged.slice(0, OPENING_CHALLENGES).map((row) => [dealLabel(row), challengeText(intl, row, input)] as const),
    moreChallenges: Math.max(0, challenged.length - OPENING_CHALLENGES),
    numbers: numbers(intl, input),
    changes: changeLines(intl, input),
    overdue: overdueLine(intl, input),
    actionItems: items.slice(0, OPENING_ACTION_ITEMS),
    moreActionItems: Math.max(0, items.length - OPENING_ACTION_ITEMS),
    topQuestions: topQuestions(intl, input),
  };
}
