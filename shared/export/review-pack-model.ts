// The review pack's content, format-free: summary lines, tables and deal sections that Markdown and HTML both print.
import { coachingQuestions } from '../engine/coaching-questions';
import { GAP_CATALOG } from '../engine/gap-catalog';
import { GAP_CODES, GAP_SEVERITIES, type GapSeverity } from '../engine/types';
import { dealmapIntl, renderMessage, type DealmapIntl } from '../i18n/dealmap-intl';
import { messageRef, type MessageValue } from '../i18n/message-ref';
import type { CurrencyAmount } from '../pipeline/currency-amounts';
import { amountByCloseMonth } from '../pipeline/close-month';
import { revenueAtRisk } from '../pipeline/revenue-at-risk';
import { stageFunnel } from '../pipeline/stage-funnel';
import type { ActionItem } from '../review/review-schema';
import { exportAmount } from './export-money';
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
  /** The severity's word in the pack's language. */
  readonly severity: string;
  /** The severity's code, for the page's colour. */
  readonly level: GapSeverity;
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
  /** The pack's language, and the fixed words Markdown and HTML print around the content in it. */
  readonly language: string;
  readonly text: (id: string, values?: Readonly<Record<string, MessageValue>>) => string;
}

type Text = ReviewPackModel['text'];

function money(intl: DealmapIntl, amounts: readonly CurrencyAmount[]): string {
  return amounts.length === 0 ? intl.formatNumber(0) : amounts.map((sum) => exportAmount(intl, sum.amount, sum.currency)).join(' + ');
}

function riskLine(intl: DealmapIntl, text: Text, input: ReviewPackInput): string {
  const risk = revenueAtRisk(input.rows);
  const open = input.rows.filter((row) => row.status === 'open').length;
  const blocked = risk.atRisk.reduce((total, sum) => total + sum.deals, 0);
  const deals = text('export.pack.deals-blocked', { blocked, open });
  // Amounts of several currencies never add up: then the table below gives them side by side.
  if (risk.open.length > 1) return text('export.pack.risk-per-currency', { deals });
  return text('export.pack.risk', { atRisk: money(intl, risk.atRisk), open: money(intl, risk.open), deals });
}

function riskTable(intl: DealmapIntl, text: Text, input: ReviewPackInput): PackTable {
  const risk = revenueAtRisk(input.rows);
  const rows = risk.open.map((open) => {
    const atRisk = risk.atRisk.find((sum) => sum.currency === open.currency);
    const currency = open.currency ?? text('export.pack.no-currency');
    return [currency, exportAmount(intl, atRisk?.amount ?? 0, null), exportAmount(intl, open.amount, null), text('export.pack.of', { part: atRisk?.deals ?? 0, whole: open.deals })];
  });
  const headers = ['currency', 'at-risk', 'open', 'blocked'].map((key) => text(`export.table.risk.${key}`));
  return { title: text('export.table.risk'), headers, numeric: [false, true, true, true], rows, note: '', chart: null };
}

function funnelTable(intl: DealmapIntl, text: Text, input: ReviewPackInput): PackTable {
  return {
    title: text('export.table.funnel'),
    headers: ['stage', 'deals', 'amount'].map((key) => text(`export.table.funnel.${key}`)),
    numeric: [false, true, true],
    rows: stageFunnel(input.rows).map((stage) => [text(`vocabulary.stage.${stage.stage}`), intl.formatNumber(stage.deals), money(intl, stage.amounts)]),
    note: '',
    chart: 'stage-funnel',
  };
}

function closeMonthTable(intl: DealmapIntl, text: Text, input: ReviewPackInput): PackTable {
  const series = amountByCloseMonth(input.rows);
  const currency = series.currency ?? text('export.pack.no-currency');
  const others = series.currencies.filter((code) => code !== series.currency).map((code) => code ?? text('export.pack.no-currency'));
  const notes = [
    series.undatedDeals > 0 ? text('export.table.months.undated', { count: series.undatedDeals, currency }) : '',
    others.length > 0 ? text('export.table.months.not-charted', { currencies: others.join(', ') }) : '',
  ];
  return {
    title: text('export.table.months', { currency }),
    headers: ['month', 'blocked', 'not-blocked', 'blocked-deals', 'other-deals'].map((key) => text(`export.table.months.${key}`)),
    numeric: [false, true, true, true, true],
    rows: series.months.map((month) => [
      month.month,
      exportAmount(intl, month.blocked, null),
      exportAmount(intl, month.notBlocked, null),
      intl.formatNumber(month.blockedDeals),
      intl.formatNumber(month.notBlockedDeals),
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

function gapTable(intl: DealmapIntl, text: Text, input: ReviewPackInput): PackTable {
  const rows = CODES_BY_SEVERITY.flatMap((code) => {
    const deals = input.rows.filter((row) => row.gapCodes.includes(code)).map((row) => row.deal);
    if (deals.length === 0) return [];
    const listed = deals.slice(0, NAMES_PER_CODE).join(', ');
    const names = deals.length > NAMES_PER_CODE ? text('export.pack.and-more', { names: listed, more: deals.length - NAMES_PER_CODE }) : listed;
    return [[code, text(`export.severity.${GAP_CATALOG[code].severity}`), intl.formatNumber(deals.length), names]];
  });
  const headers = ['code', 'severity', 'deals', 'which'].map((key) => text(`export.table.gaps.${key}`));
  return { title: text('export.table.gaps'), headers, numeric: [false, false, true, false], rows, note: '', chart: 'heatmap' };
}

const CHANGE_ROWS = ['advanced', 'fellBack', 'slipped', 'gainedBlockers', 'clearedBlockers', 'new', 'removed'] as const;

function changeSummary(text: Text, input: ReviewPackInput): ReviewPackModel['changeSummary'] {
  const summary = input.changeSummary;
  if (!summary) return null;
  const names = (refs: readonly { readonly dealName: string }[]) => (refs.length === 0 ? text('export.pack.none') : refs.map((ref) => ref.dealName).join(', '));
  return [
    ...CHANGE_ROWS.map((key) => [text(`export.changes.${key}`), names(summary[key])] as const),
    [text('export.changes.changed'), text('export.changes.changed-count', { changed: summary.changedCount, unchanged: summary.unchangedCount })],
  ];
}

function dealSection(intl: DealmapIntl, text: Text, { deal, qualification, changes, coaching }: ReviewPackDeal): PackDealSection {
  const none = text('export.pack.none');
  const facts: [string, string][] = [
    [text('export.deal.stage'), text(`vocabulary.stage.${qualification.stage}`)],
    [text('export.deal.score'), `${intl.formatNumber(qualification.score)}/100`],
    [text('export.deal.amount'), deal.amount === null || deal.amount === undefined ? none : exportAmount(intl, deal.amount, deal.currency ?? null)],
    [text('export.deal.close-date'), deal.closeDate ?? none],
    [text('export.deal.owner'), deal.owner?.trim() || none],
  ];
  return {
    dealId: deal.id,
    heading: `${deal.name} — ${deal.account}`,
    facts,
    mapFile: `maps/${deal.id}.svg`,
    mapAlt: text('export.deal.map-alt', { name: deal.name, summary: dealSummaryLine(deal, qualification, intl) }),
    gaps: qualification.gaps.map((gap) => ({
      severity: text(`export.severity.${gap.severity}`),
      level: gap.severity,
      code: gap.code,
      message: renderMessage(intl, gap.message),
      nextAction: renderMessage(intl, gap.nextAction),
      questions: coachingQuestions(gap, deal, intl),
    })),
    changes: changes ? changes.changes.map((change) => renderMessage(intl, change.line)) : null,
    notes: coaching ? coaching.notes.trim() : null,
    actionItems: coaching ? coaching.actionItems : null,
  };
}

/** Which review the pack measures from; its id only when it says more than the date (a later review of that day). */
function basisLine(text: Text, review: ReviewPackInput['review']): string {
  if (review === null) return text('export.pack.basis-none');
  const which = review.id === review.asOf ? review.asOf : text('export.pack.basis-review', { asOf: review.asOf, id: review.id });
  return text('export.pack.basis', { which });
}

export function reviewPackModel(input: ReviewPackInput): ReviewPackModel {
  const intl = dealmapIntl(input.language ?? 'en');
  const text: Text = (id, values) => renderMessage(intl, messageRef(id, values));
  return {
    title: text('export.pack.title', { asOf: input.asOf }),
    basis: basisLine(text, input.review),
    scope: input.scope,
    risk: riskLine(intl, text, input),
    changeSummary: changeSummary(text, input),
    tables: [riskTable(intl, text, input), funnelTable(intl, text, input), closeMonthTable(intl, text, input), gapTable(intl, text, input)],
    deals: input.deals.map((section) => dealSection(intl, text, section)),
    omitted: input.omittedDeals > 0 ? text('export.pack.omitted', { count: input.omittedDeals }) : '',
    language: input.language ?? 'en',
    text,
  };
}
