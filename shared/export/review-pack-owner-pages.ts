// The one-to-one pack's deal pages (top gaps with paths, next actions, coaching), the questions asked once, and the rest as a table.
import { dealmapIntl, renderMessage, type DealmapIntl } from '../i18n/dealmap-intl';
import { coachingQuestions } from '../engine/coaching-questions';
import type { Gap } from '../engine/types';
import type { Deal } from '../model/deal-schema';
import { convertAmount } from '../pipeline/reporting-currency';
import type { PipelineRow } from '../pipeline/pipeline-row';
import { coachingFor } from '../review/review-schema';
import { exportAmount } from './export-money';
import { describeInfluencePath } from './influence-path-text';
import type { PackTable } from './review-pack-model';
import type { OwnerPackDeal, OwnerPackInput } from './review-pack-owner-input';
import type { DealPage, PackGapLine, PackQuestion } from './review-pack-owner-model';
import { dealLabel } from './review-pack-owner-opening';
import { packText } from './review-pack-owner-text';

/** What fits one printed page beside the map: the top gaps, their paths, changes and actions. */
export const PAGE_GAPS = 3;
const PAGE_PATHS = 2;
const PAGE_CHANGES = 6;
const PAGE_ACTIONS = 3;
/** Longer notes are cut on the page (the app keeps them whole). */
const PAGE_NOTES_CHARS = 700;

function amountText(intl: DealmapIntl, input: OwnerPackInput, amount: number | null, currency: string | null): string {
  if (amount === null) return packText(intl, 'one-to-one.none');
  const own = exportAmount(intl, amount, currency);
  const { reportingCurrency } = input.settings;
  if (reportingCurrency === undefined || currency === reportingCurrency) return own;
  const converted = convertAmount(input.settings, amount, currency);
  return converted === null
    ? packText(intl, 'one-to-one.page.no-rate', { amount: own, currency: reportingCurrency })
    : `${own} (${exportAmount(intl, Math.round(converted), reportingCurrency)})`;
}

function verdict(intl: DealmapIntl, input: OwnerPackInput, { deal, qualification }: OwnerPackDeal): [string, string][] {
  const overdue = qualification.gaps.find((gap) => gap.overdue !== undefined)?.overdue;
  const closeDate = overdue === undefined ? (deal.closeDate ?? packText(intl, 'one-to-one.none')) : packText(intl, 'one-to-one.page.overdue', { date: overdue.closeDate, days: overdue.daysOverdue });
  return [
    [packText(intl, 'one-to-one.page.stage'), packText(intl, `vocabulary.stage.${qualification.stage}`)],
    [packText(intl, 'one-to-one.page.score'), `${intl.formatNumber(qualification.score)}/100`],
    [packText(intl, 'one-to-one.page.forecast'), deal.forecastCategory === undefined ? packText(intl, 'one-to-one.page.not-called') : packText(intl, `vocabulary.forecast.${deal.forecastCategory}`)],
    [packText(intl, 'one-to-one.page.amount'), amountText(intl, input, deal.amount ?? null, deal.currency ?? null)],
    [packText(intl, 'one-to-one.page.close-date'), closeDate],
  ];
}

/** The first clause of an action's why ("Clears no-interest; score +35; …"), enough for a page. */
function clipWhy(why: string): string {
  const parts = why.split('; ');
  return parts.length <= 2 ? why : `${parts.slice(0, 2).join('; ')}; …`;
}

function notesText(intl: DealmapIntl, notes: string): string {
  const trimmed = notes.trim();
  return trimmed.length <= PAGE_NOTES_CHARS ? trimmed : packText(intl, 'one-to-one.page.notes-cut', { notes: trimmed.slice(0, PAGE_NOTES_CHARS).trimEnd() });
}

/** Every deal page's top gaps, each with its questions. */
function topGaps(intl: DealmapIntl, section: OwnerPackDeal): { gap: Gap; questions: readonly string[] }[] {
  return section.qualification.gaps.slice(0, PAGE_GAPS).map((gap) => ({ gap, questions: coachingQuestions(gap, section.deal, intl) }));
}

function gapLine(intl: DealmapIntl, deal: Deal, gap: Gap, questions: readonly string[], shared: ReadonlyMap<string, number>): PackGapLine {
  return {
    severity: packText(intl, `export.severity.${gap.severity}`),
    level: gap.severity,
    code: gap.code,
    message: renderMessage(intl, gap.message),
    paths: gap.paths.slice(0, PAGE_PATHS).map((path) => describeInfluencePath(deal, path, intl)),
    nextAction: renderMessage(intl, gap.nextAction),
    questions: questions.filter((question) => !shared.has(question)),
    sharedQuestions: questions.flatMap((question) => shared.get(question) ?? []),
  };
}

/** The deal pages in plan order, and every question two or more pages raise, asked once with its deals. */
export function dealPages(input: OwnerPackInput): { pages: DealPage[]; sharedQuestions: PackQuestion[] } {
  const intl = dealmapIntl(input.language ?? 'en');
  const gapsOf = input.sections.map((section) => topGaps(intl, section));
  const askedBy = new Map<string, string[]>();
  input.sections.forEach((section, index) => {
    const questions = new Set((gapsOf[index] ?? []).flatMap((item) => item.questions));
    for (const question of questions) askedBy.set(question, [...(askedBy.get(question) ?? []), dealLabel(section.deal)]);
  });
  const sharedQuestions = [...askedBy.entries()].filter(([, deals]) => deals.length > 1).map(([question, deals]) => ({ question, deals }));
  const number = new Map(sharedQuestions.map((item, index) => [item.question, index + 1]));
  const changeOf = new Map((input.changes ?? []).map((change) => [change.dealId, change]));
  const pages = input.sections.map((section, index): DealPage => {
    const { deal, qualification } = section;
    const changes = input.changes === null ? null : (changeOf.get(deal.id)?.changes ?? []).map((change) => renderMessage(intl, change.line));
    const coaching = input.review === null ? null : coachingFor(input.review, deal.id);
    return {
      dealId: deal.id,
      heading: dealLabel(deal),
      why: packText(intl, input.plan.changedIds.has(deal.id) ? 'one-to-one.page.changed' : 'one-to-one.page.at-risk'),
      verdict: verdict(intl, input, section),
      changes: changes === null ? null : changes.length > PAGE_CHANGES ? [...changes.slice(0, PAGE_CHANGES - 1), packText(intl, 'one-to-one.page.more-changes', { count: changes.length - PAGE_CHANGES + 1 })] : changes,
      gaps: (gapsOf[index] ?? []).map(({ gap, questions }) => gapLine(intl, deal, gap, questions, number)),
      moreGaps: Math.max(0, qualification.gaps.length - PAGE_GAPS),
      actions: section.actions.slice(0, PAGE_ACTIONS).map((action) => `${renderMessage(intl, action.title)} (${clipWhy(renderMessage(intl, action.why))})`),
      notes: coaching === null ? null : notesText(intl, coaching.notes),
      actionItems:
        coaching === null
          ? null
          : coaching.actionItems.map((item) => ({
              deal: dealLabel(deal),
              text: item.done ? packText(intl, 'one-to-one.action-item.done', { text: item.text }) : item.text,
              owner: item.owner.trim() || '—',
              due: item.due ?? '—',
            })),
    };
  });
  return { pages, sharedQuestions };
}

function tableRow(intl: DealmapIntl, input: OwnerPackInput, row: PipelineRow, atRisk: boolean): string[] {
  const stage = packText(intl, `vocabulary.stage.${row.stage}`);
  return [
    dealLabel(row),
    atRisk ? packText(intl, 'one-to-one.rest.at-risk', { stage }) : stage,
    intl.formatNumber(row.score),
    row.forecastCategory === null ? '—' : packText(intl, `vocabulary.forecast.${row.forecastCategory}`),
    amountText(intl, input, row.amount, row.currency),
    row.closeDate ?? '—',
    row.topGap === null ? '—' : packText(intl, `pipeline.gap-code.${row.topGap.code}`),
  ];
}

/** The deals without a page, one row each, in the plan's order. */
export function restTable(input: OwnerPackInput): PackTable {
  const intl = dealmapIntl(input.language ?? 'en');
  const rowOf = new Map(input.plan.rows.map((row) => [row.dealId, row]));
  const rows = input.plan.tableIds.flatMap((id) => {
    const row = rowOf.get(id);
    return row === undefined ? [] : [tableRow(intl, input, row, input.plan.atRiskIds.has(id))];
  });
  return {
    title: packText(intl, 'one-to-one.rest'),
    headers: ['deal', 'stage', 'score', 'forecast', 'amount', 'close', 'top-gap'].map((key) => packText(intl, `one-to-one.rest.${key}`)),
    numeric: [false, false, true, false, true, false, false],
    rows,
    note: '',
    chart: null,
  };
}
