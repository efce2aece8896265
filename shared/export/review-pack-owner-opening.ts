// The one-to-one pack's opening page: the challenges first, the AE's pipeline in numbers, what changed, open action items, three questions.
import { dealmapIntl, renderMessage } from '../i18n/dealmap-intl';
import { coachingQuestions } from '../engine/coaching-questions';
import { dayNumber } from '../engine/review-date';
import { FORECAST_LABELS, STAGE_LABELS } from '../model/vocabulary-labels';
import { sumByCurrency } from '../pipeline/currency-amounts';
import { isChallengedCommit, isOverdue, pipelineForecast } from '../pipeline/forecast';
import type { PipelineRow } from '../pipeline/pipeline-row';
import { revenueAtRisk } from '../pipeline/revenue-at-risk';
import type { DealChanges } from '../review/change-types';
import { coachingFor } from '../review/review-schema';
import type { OwnerPackInput } from './review-pack-owner-input';
import type { OpeningPage, PackActionItem, PackQuestion } from './review-pack-owner-model';
import { moneyText } from './review-pack-owner-money';

/** Open action items the opening page lists; the rest are on their deal pages. */
export const OPENING_ACTION_ITEMS = 8;
/** Challenged commits the opening page names; the rest are counted (they lead the deal pages). */
export const OPENING_CHALLENGES = 5;
/** Deals named per line of "what changed" before "and N more". */
const NAMES_PER_LINE = 6;

export function dealLabel(deal: { readonly deal?: string; readonly name?: string; readonly account: string }): string {
  return `${deal.deal ?? deal.name ?? ''} — ${deal.account}`;
}

// The one-to-one pack's own lines are English still (docs/languages.md); the platform picks the plural.
const ENGLISH_PLURALS = new Intl.PluralRules('en-GB');

function plural(count: number, noun: string): string {
  return `${count} ${noun}${ENGLISH_PLURALS.select(count) === 'one' ? '' : 's'}`;
}

function names(labels: readonly string[]): string {
  if (labels.length === 0) return 'none';
  const shown = labels.slice(0, NAMES_PER_LINE).join('; ');
  return labels.length > NAMES_PER_LINE ? `${shown}; and ${labels.length - NAMES_PER_LINE} more` : shown;
}

function basisLine(input: OwnerPackInput): string {
  const { review } = input;
  if (review === null) return `Qualified as of ${input.asOf}. No earlier review: the current state only.`;
  const which = review.id === review.asOf ? review.asOf : `${review.asOf} (review ${review.id})`;
  return `Qualified as of ${input.asOf}; changes since the review of ${which}, with the coaching written in it.`;
}

function moneyLine(input: OwnerPackInput): string {
  const { reportingCurrency, exchangeRates } = input.settings;
  if (reportingCurrency === undefined) return 'No reporting currency is set (workspace settings): amounts stay per currency.';
  const dated = exchangeRates === undefined ? 'no exchange rates are set' : `at the rates of ${exchangeRates.date}`;
  return `Amounts in ${reportingCurrency}, ${dated}; the per-currency figures are beside them.`;
}

function challengeText(row: PipelineRow, input: OwnerPackInput): string {
  const section = input.sections.find((item) => item.deal.id === row.dealId);
  const gap = section?.qualification.gaps.find((item) => item.code === 'commit-at-risk');
  if (gap !== undefined) return renderMessage(dealmapIntl(input.language ?? 'en'), gap.message);
  const blockers = row.gapCodes.filter((code) => code !== 'commit-at-risk');
  return `Forecast as commit, but ${STAGE_LABELS[row.stage].toLowerCase()}${blockers.length === 0 ? '' : `; blockers: ${blockers.join(', ')}`}.`;
}

function numbers(input: OwnerPackInput): [string, string][] {
  const rows = input.plan.rows;
  const open = rows.filter((row) => row.status === 'open');
  const risk = revenueAtRisk(rows);
  const blocked = open.filter((row) => row.blockers > 0).length;
  const lines: [string, string][] = [
    ['Open deals', `${open.length} (${open.filter((row) => row.stage === 'qualified').length} qualified, ${blocked} blocked, ${open.filter(isOverdue).length} overdue)`],
    ['Open amount', moneyText(input.settings, risk.open)],
    ['Revenue at risk', `${moneyText(input.settings, risk.atRisk)} in ${plural(blocked, 'blocked deal')}`],
  ];
  for (const stage of ['lead', 'prospect', 'qualified'] as const) {
    const at = open.filter((row) => row.stage === stage);
    if (at.length > 0) lines.push([`${STAGE_LABELS[stage]}s`, `${plural(at.length, 'deal')}, ${moneyText(input.settings, sumByCurrency(at))}`]);
  }
  for (const line of pipelineForecast(rows, input.settings).lines) {
    const label = line.category === null ? 'Not called' : `Forecast ${FORECAST_LABELS[line.category].toLowerCase()}`;
    const challenged = line.challenged === 0 ? '' : `; the engine challenges ${line.challenged}: ${moneyText(input.settings, line.challengedAmounts)}`;
    lines.push([label, `${plural(line.deals, 'deal')}, ${moneyText(input.settings, line.amounts)}${challenged}`]);
  }
  const won = rows.filter((row) => row.status === 'won');
  if (won.length > 0) lines.push(['Won', `${plural(won.length, 'deal')}, ${moneyText(input.settings, sumByCurrency(won))}`]);
  return lines;
}

function changeLines(input: OwnerPackInput): [string, string][] | null {
  if (input.changes === null) return null;
  const ids = new Set(input.plan.rows.map((row) => row.dealId));
  const mine = input.changes.filter((change) => ids.has(change.dealId));
  const pick = (test: (change: DealChanges) => boolean) => names(mine.filter(test).map((change) => dealLabel({ name: change.dealName, account: change.account })));
  const overdue = input.plan.rows.filter(isOverdue).map((row) => dealLabel(row));
  return [
    ['Advanced', pick((change) => change.advanced)],
    ['Slipped', pick((change) => change.slipped)],
    ['Gained blockers', pick((change) => change.gainedBlockers)],
    ['Cleared blockers', pick((change) => change.clearedBlockers)],
    ['Fell back', pick((change) => change.fellBack)],
    ['New', pick((change) => change.presence === 'new')],
    ['Overdue', names(overdue)],
  ];
}

function overdueLine(input: OwnerPackInput): string {
  const today = dayNumber(input.asOf) ?? 0;
  const overdue = input.plan.rows.filter(isOverdue);
  if (overdue.length === 0) return 'No open deal is past its close date.';
  const open = input.plan.rows.filter((row) => row.status === 'open').length;
  const listed = overdue
    .slice(0, NAMES_PER_LINE)
    .map((row) => `${dealLabel(row)} (${row.closeDate ?? ''}, ${today - (dayNumber(row.closeDate ?? '') ?? today)} days)`);
  const more = overdue.length > NAMES_PER_LINE ? `; and ${overdue.length - NAMES_PER_LINE} more` : '';
  return `${overdue.length} of ${plural(open, 'open deal')} past the close date: ${listed.join('; ')}${more}.`;
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
function topQuestions(input: OwnerPackInput): PackQuestion[] {
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
    const question = gap === undefined ? undefined : coachingQuestions(gap, deal, dealmapIntl(input.language ?? 'en'))[0];
    if (question === undefined) continue;
    found.set(question, [...(found.get(question) ?? []), dealLabel(deal)]);
  }
  return [...found.entries()].slice(0, 3).map(([question, deals]) => ({ question, deals }));
}

export function openingPage(input: OwnerPackInput): OpeningPage {
  const items = openActionItems(input);
  const challenged = input.plan.rows.filter(isChallengedCommit);
  return {
    title: `One-to-one with ${input.plan.owner} — ${input.asOf}`,
    basis: basisLine(input),
    money: moneyLine(input),
    challenges: challenged.slice(0, OPENING_CHALLENGES).map((row) => [dealLabel(row), challengeText(row, input)] as const),
    moreChallenges: Math.max(0, challenged.length - OPENING_CHALLENGES),
    numbers: numbers(input),
    changes: changeLines(input),
    overdue: overdueLine(input),
    actionItems: items.slice(0, OPENING_ACTION_ITEMS),
    moreActionItems: Math.max(0, items.length - OPENING_ACTION_ITEMS),
    topQuestions: topQuestions(input),
  };
}
