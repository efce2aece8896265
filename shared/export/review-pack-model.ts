// The review pack's content, format-free: summary lines, tables and deal sections that Markdown and HTML both print.
import { coachingQuestions } from '../engine/coaching-questions';
import { GAP_CATALOG } from '../engine/gap-catalog';
import { GAP_CODES, GAP_SEVERITIES } from '../engine/types';
import { dealmapIntl, renderMessage, type DealmapIntl } from '../i18n/dealmap-intl';
import type { CurrencyAmount } from '../pipeline/currency-amounts';
import { amountByCloseMonth } from '../pipeline/close-month';
import { revenueAtRisk } from '../pipeline/revenue-at-risk';
import { stageFunnel } from '../pipeline/stage-funnel';
import { formatAmount } from '../review/deal-changes';
import type { ActionItem } from '../review/review-schema';
import { STAGE_LABELS } from '../model/vocabulary-labels';
import { EXPORT_SEVERITY_LABELS } from './export-labels';
import { dealSummaryLine } from './map-svg';
import type { PackChartId } from './pack-charts';
import type { ReviewPackDeal, ReviewPackInput } from './review-pack-input';

export interface PackTable {
  readonly title: string;
  readonly headers: readonly string[];
  /** Per column: numbers read right-aligned. */
  readonly numeric: readonly boolean[];
  readonly rows: readonly (readonly string[])[];
  /** A line under the table (what it leaves out); empty for none. */
  readonly note: string;
  /** The chart drawn above the table, which is then its text alternative; null for a table alone. */
  readonly chart: PackChartId | null;
}

export interface PackGap {
  readonly severity: string;
  readonly code: string;
  readonly message: string;
  readonly nextAction: string;
  /** What a coach asks the account executive about the gap, naming the deal's people. */
  readonly questions: readonly string[];
}

export interface PackDealSection {
  readonly dealId: string;
  readonly heading: string;
  readonly facts: readonly (readonly [string, string])[];
  /** Where the map's SVG goes beside the Markdown file. */
  readonly mapFile: string;
  readonly mapAlt: string;
  readonly gaps: readonly PackGap[];
  /** null: no review to compare with. */
  readonly changes: readonly string[] | null;
  readonly notes: string | null;
  readonly actionItems: readonly ActionItem[] | null;
}

export interface ReviewPackModel {
  readonly title: string;
  /** Which review the changes are measured from, or that there is none. */
  readonly basis: string;
  readonly scope: string;
  readonly risk: string;
  /** Label and the deals it names; null without a review. */
  readonly changeSummary: readonly (readonly [string, string])[] | null;
  readonly tables: readonly PackTable[];
  readonly deals: readonly PackDealSection[];
  /** A line about deals left out, or empty. */
  readonly omitted: string;
}

function money(amounts: readonly CurrencyAmount[]): string {
  return amounts.length === 0 ? '0' : amounts.map((sum) => formatAmount(sum.amount, sum.currency)).join(' + ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function riskLine(input: ReviewPackInput): string {
  const risk = revenueAtRisk(input.rows);
  const open = input.rows.filter((row) => row.status === 'open').length;
  const blocked = risk.atRisk.reduce((total, sum) => total + sum.deals, 0);
  const deals = `${blocked} of ${plural(open, 'open deal')} blocked`;
  // Amounts of several currencies never add up: then the table below gives them side by side.
  if (risk.open.length > 1) return `Revenue at risk: ${deals}; the amounts per currency are below.`;
  return `Revenue at risk: ${money(risk.atRisk)} of ${money(risk.open)} open (${deals}).`;
}

function riskTable(input: ReviewPackInput): PackTable {
  const risk = revenueAtRisk(input.rows);
  const rows = risk.open.map((open) => {
    const atRisk = risk.atRisk.find((sum) => sum.currency === open.currency);
    const currency = open.currency ?? 'no currency';
    return [currency, formatAmount(atRisk?.amount ?? 0, null), formatAmount(open.amount, null), `${atRisk?.deals ?? 0} of ${open.deals}`];
  });
  return { title: 'Revenue at risk', headers: ['Currency', 'At risk', 'Open', 'Deals blocked'], numeric: [false, true, true, true], rows, note: '', chart: null };
}

function funnelTable(input: ReviewPackInput): PackTable {
  return {
    title: 'Stage funnel',
    headers: ['Stage', 'Deals', 'Amount'],
    numeric: [false, true, true],
    rows: stageFunnel(input.rows).map((stage) => [STAGE_LABELS[stage.stage], String(stage.deals), money(stage.amounts)]),
    note: '',
    chart: 'stage-funnel',
  };
}

function closeMonthTable(input: ReviewPackInput): PackTable {
  const series = amountByCloseMonth(input.rows);
  const currency = series.currency ?? 'no currency';
  const others = series.currencies.filter((code) => code !== series.currency).map((code) => code ?? 'no currency');
  const notes = [
    series.undatedDeals > 0 ? `${plural(series.undatedDeals, 'open deal')} in ${currency} without a close date.` : '',
    others.length > 0 ? `Not charted: deals in ${others.join(', ')}.` : '',
  ];
  return {
    title: `Open amount by close month (${currency})`,
    headers: ['Month', 'Blocked', 'Not blocked', 'Blocked deals', 'Other deals'],
    numeric: [false, true, true, true, true],
    rows: series.months.map((month) => [
      month.month,
      formatAmount(month.blocked, null),
      formatAmount(month.notBlocked, null),
      String(month.blockedDeals),
      String(month.notBlockedDeals),
    ]),
    note: notes.filter((line) => line !== '').join(' '),
    chart: 'close-month',
  };
}

const NAMES_PER_CODE = 8;

/** Blockers' codes first, then engine order: the heatmap's columns, so the table reads as the chart does. */
const CODES_BY_SEVERITY = [...GAP_CODES].sort(
  (a, b) => GAP_SEVERITIES.indexOf(GAP_CATALOG[a].severity) - GAP_SEVERITIES.indexOf(GAP_CATALOG[b].severity),
);

function gapTable(input: ReviewPackInput): PackTable {
  const rows = CODES_BY_SEVERITY.flatMap((code) => {
    const deals = input.rows.filter((row) => row.gapCodes.includes(code)).map((row) => row.deal);
    if (deals.length === 0) return [];
    const names = deals.slice(0, NAMES_PER_CODE).join(', ') + (deals.length > NAMES_PER_CODE ? ` and ${deals.length - NAMES_PER_CODE} more` : '');
    return [[code, EXPORT_SEVERITY_LABELS[GAP_CATALOG[code].severity], String(deals.length), names]];
  });
  return { title: 'Gaps across deals', headers: ['Gap code', 'Severity', 'Deals', 'Which'], numeric: [false, false, true, false], rows, note: '', chart: 'heatmap' };
}

function changeSummary(input: ReviewPackInput): ReviewPackModel['changeSummary'] {
  const summary = input.changeSummary;
  if (!summary) return null;
  const names = (refs: readonly { readonly dealName: string }[]) => (refs.length === 0 ? 'none' : refs.map((ref) => ref.dealName).join(', '));
  return [
    ['Advanced', names(summary.advanced)],
    ['Fell back', names(summary.fellBack)],
    ['Slipped', names(summary.slipped)],
    ['Gained blockers', names(summary.gainedBlockers)],
    ['Cleared blockers', names(summary.clearedBlockers)],
    ['New', names(summary.new)],
    ['Removed', names(summary.removed)],
    ['Changed', `${plural(summary.changedCount, 'deal')} changed, ${summary.unchangedCount} unchanged`],
  ];
}

function dealSection(intl: DealmapIntl, { deal, qualification, changes, coaching }: ReviewPackDeal): PackDealSection {
  const facts: [string, string][] = [
    ['Stage', STAGE_LABELS[qualification.stage]],
    ['Score', `${qualification.score}/100`],
    ['Amount', formatAmount(deal.amount ?? null, deal.currency ?? null)],
    ['Close date', deal.closeDate ?? 'none'],
    ['Owner', deal.owner?.trim() || 'none'],
  ];
  return {
    dealId: deal.id,
    heading: `${deal.name} — ${deal.account}`,
    facts,
    mapFile: `maps/${deal.id}.svg`,
    mapAlt: `Map of ${deal.name}: ${dealSummaryLine(deal, qualification)}`,
    gaps: qualification.gaps.map((gap) => ({
      severity: EXPORT_SEVERITY_LABELS[gap.severity],
      code: gap.code,
      message: renderMessage(intl, gap.message),
      nextAction: renderMessage(intl, gap.nextAction),
      questions: coachingQuestions(gap, deal, intl),
    })),
    changes: changes ? changes.changes.map((change) => change.text) : null,
    notes: coaching ? coaching.notes.trim() : null,
    actionItems: coaching ? coaching.actionItems : null,
  };
}

/** Which review the pack measures from; its id only when it says more than the date (a later review of that day). */
function basisLine(review: ReviewPackInput['review']): string {
  if (review === null) return 'No earlier review: the current state only.';
  const which = review.id === review.asOf ? review.asOf : `${review.asOf} (review ${review.id})`;
  return `Changes since the review of ${which} and the coaching notes and action items written in it.`;
}

export function reviewPackModel(input: ReviewPackInput): ReviewPackModel {
  const intl = dealmapIntl(input.language ?? 'en');
  return {
    title: `Pipeline review pack — ${input.asOf}`,
    basis: basisLine(input.review),
    scope: input.scope,
    risk: riskLine(input),
    changeSummary: changeSummary(input),
    tables: [riskTable(input), funnelTable(input), closeMonthTable(input), gapTable(input)],
    deals: input.deals.map((section) => dealSection(intl, section)),
    omitted:
      input.omittedDeals > 0
        ? `${plural(input.omittedDeals, 'more deal')} in view ${input.omittedDeals === 1 ? 'has' : 'have'} no section here; filter the pipeline to pick them.`
        : '',
  };
}
