// The one-to-one pack's deal pages (top gaps with paths, next actions, coaching), the questions asked once, and the rest as a table.
import { dealmapIntl, renderMessage, type DealmapIntl } from '../i18n/dealmap-intl';
import { coachingQuestions } from '../engine/coaching-questions';
import type { Gap } from '../engine/types';
import type { Deal } from '../model/deal-schema';
import { FORECAST_LABELS, gapCodeLabel, STAGE_LABELS } from '../model/vocabulary-labels';
import { convertAmount } from '../pipeline/reporting-currency';
import type { PipelineRow } from '../pipeline/pipeline-row';
import { formatAmount } from '../review/deal-changes';
import { coachingFor } from '../review/review-schema';
import { EXPORT_SEVERITY_LABELS } from './export-labels';
import { describeInfluencePath } from './influence-path-text';
import type { PackTable } from './review-pack-model';
import type { OwnerPackDeal, OwnerPackInput } from './review-pack-owner-input';
import type { DealPage, PackGapLine, PackQuestion } from './review-pack-owner-model';
import { dealLabel } from './review-pack-owner-opening';

/** What fits one printed page beside the map: the top gaps, their paths, changes and actions. */
export const PAGE_GAPS = 3;
const PAGE_PATHS = 2;
const PAGE_CHANGES = 6;
const PAGE_ACTIONS = 3;
/** Longer notes are cut on the page (the app keeps them whole). */
const PAGE_NOTES_CHARS = 700;

function amountText(input: OwnerPackInput, amount: number | null, currency: string | null): string {
  const own = formatAmount(amount, currency);
  const { reportingCurrency } = input.settings;
  if (reportingCurrency === undefined || currency === reportingCurrency || amount === null) return own;
  const converted = convertAmount(input.settings, amount, currency);
  return converted === null ? `${own} (no rate to ${reportingCurrency})` : `${own} (${formatAmount(Math.round(converted), reportingCurrency)})`;
}

function verdict(input: OwnerPackInput, { deal, qualification }: OwnerPackDeal): [string, string][] {
  const overdue = qualification.gaps.find((gap) => gap.overdue !== undefined)?.overdue;
  return [
    ['Stage', STAGE_LABELS[qualification.stage]],
    ['Score', `${qualification.score}/100`],
    ['Forecast', deal.forecastCategory === undefined ? 'not called' : FORECAST_LABELS[deal.forecastCategory]],
    ['Amount', amountText(input, deal.amount ?? null, deal.currency ?? null)],
    ['Close date', overdue === undefined ? (deal.closeDate ?? 'none') : `${overdue.closeDate}, ${overdue.daysOverdue} days overdue`],
  ];
}

/** The first clause of an action's why ("Clears no-interest; score +35; …"), enough for a page. */
function clipWhy(why: string): string {
  const parts = why.split('; ');
  return parts.length <= 2 ? why : `${parts.slice(0, 2).join('; ')}; …`;
}

function notesText(notes: string): string {
  const trimmed = notes.trim();
  return trimmed.length <= PAGE_NOTES_CHARS ? trimmed : `${trimmed.slice(0, PAGE_NOTES_CHARS).trimEnd()}… (the rest in Dealmap)`;
}

/** Every deal page's top gaps, each with its questions. */
function topGaps(intl: DealmapIntl, section: OwnerPackDeal): { gap: Gap; questions: readonly string[] }[] {
  return section.qualification.gaps.slice(0, PAGE_GAPS).map((gap) => ({ gap, questions: coachingQuestions(gap, section.deal, intl) }));
}

function gapLine(intl: DealmapIntl, deal: Deal, gap: Gap, questions: readonly string[], shared: ReadonlyMap<string, number>): PackGapLine {
  return {
    severity: EXPORT_SEVERITY_LABELS[gap.severity],
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
      why: input.plan.changedIds.has(deal.id) ? 'Changed since the review' : 'At risk',
      verdict: verdict(input, section),
      changes: changes === null ? null : changes.length > PAGE_CHANGES ? [...changes.slice(0, PAGE_CHANGES - 1), `And ${changes.length - PAGE_CHANGES + 1} more changes.`] : changes,
      gaps: (gapsOf[index] ?? []).map(({ gap, questions }) => gapLine(intl, deal, gap, questions, number)),
      moreGaps: Math.max(0, qualification.gaps.length - PAGE_GAPS),
      actions: section.actions.slice(0, PAGE_ACTIONS).map((action) => `${renderMessage(intl, action.title)} (${clipWhy(renderMessage(intl, action.why))})`),
      notes: coaching === null ? null : notesText(coaching.notes),
      actionItems:
        coaching === null
          ? null
          : coaching.actionItems.map((item) => ({ deal: dealLabel(deal), text: item.done ? `${item.text} (done)` : item.text, owner: item.owner.trim() || '—', due: item.due ?? '—' })),
    };
  });
  return { pages, sharedQuestions };
}

function tableRow(input: OwnerPackInput, row: PipelineRow, atRisk: boolean): string[] {
  return [
    dealLabel(row),
    STAGE_LABELS[row.stage] + (atRisk ? ' (at risk)' : ''),
    String(row.score),
    row.forecastCategory === null ? '—' : FORECAST_LABELS[row.forecastCategory],
    amountText(input, row.amount, row.currency),
    row.closeDate ?? '—',
    row.topGap === null ? '—' : gapCodeLabel(row.topGap.code),
  ];
}

/** The deals without a page, one row each, in the plan's order. */
export function restTable(input: OwnerPackInput): PackTable {
  const rowOf = new Map(input.plan.rows.map((row) => [row.dealId, row]));
  const rows = input.plan.tableIds.flatMap((id) => {
    const row = rowOf.get(id);
    return row === undefined ? [] : [tableRow(input, row, input.plan.atRiskIds.has(id))];
  });
  return {
    title: 'The other deals',
    headers: ['Deal — account', 'Stage', 'Score', 'Forecast', 'Amount', 'Close', 'Top gap'],
    numeric: [false, false, true, false, true, false, false],
    rows,
    note: '',
    chart: null,
  };
}
