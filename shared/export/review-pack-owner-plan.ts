// Which of one account executive's deals get a page in the one-to-one pack, in what order, within the page budget.
import type { PipelineRow } from '../pipeline/pipeline-row';
import { isChallengedCommit, isOverdue } from '../pipeline/forecast';
import { convertAmount, type ReportingCurrencySettings } from '../pipeline/reporting-currency';
import type { DealChanges } from '../review/change-types';

/** The printed pack's page budget for any number of deals (issue 15: 100 deals within 20 pages). */
export const PACK_PAGE_BUDGET = 20;
/** Rows of the "the rest" table that fit one A4 page as printed. */
export const TABLE_ROWS_PER_PAGE = 26;
/** One page kept free in the plan, for a deal page or the opening page that prints over its page. */
const SLACK_PAGES = 1;
/** Pages the pack always has besides deal pages: the opening page and the questions asked once. */
const FIXED_PAGES = 2;

export interface OwnerPackPlan {
  readonly owner: string;
  /** Every deal of the owner, in the workspace's order. */
  readonly rows: readonly PipelineRow[];
  /** The deals with a page of their own, in print order: changed first, then at risk. */
  readonly sectionIds: readonly string[];
  /** The other deals, one table row each, at-risk ones that did not fit first. */
  readonly tableIds: readonly string[];
  readonly changedIds: ReadonlySet<string>;
  readonly atRiskIds: ReadonlySet<string>;
  /** Changed or at-risk deals that did not get a page (the page budget); they lead the table. */
  readonly overBudget: number;
}

/** Blocked (commit-at-risk included) or overdue: what a coach asks about first. */
export function isAtRisk(row: PipelineRow): boolean {
  return row.status === 'open' && (row.blockers > 0 || isOverdue(row));
}

/** How pressing a deal is: the engine's challenge, then blockers, then overdue; higher first. */
function urgency(row: PipelineRow, change: DealChanges | undefined): number {
  let points = 0;
  if (isChallengedCommit(row)) points += 1000;
  if (change?.gainedBlockers || change?.fellBack) points += 500;
  if (change?.slipped) points += 200;
  points += Math.min(row.blockers, 9) * 20;
  if (isOverdue(row)) points += 10;
  return points;
}

/** Deal pages a pack keeps even when its table alone outgrows the budget (an AE with hundreds of deals). */
export const MIN_DEAL_PAGES = 8;

/**
 * The largest number of deal pages that keeps the whole pack within the budget; at least
 * MIN_DEAL_PAGES, so the deals that most need talking about always get their page.
 */
export function sectionBudget(deals: number, budget = PACK_PAGE_BUDGET - SLACK_PAGES): number {
  let sections = Math.min(deals, budget);
  while (sections > 0 && FIXED_PAGES + sections + Math.ceil((deals - sections) / TABLE_ROWS_PER_PAGE) > budget) sections -= 1;
  return Math.max(sections, Math.min(deals, MIN_DEAL_PAGES));
}

function sameOwner(row: PipelineRow, owner: string): boolean {
  return (row.owner ?? '').trim().toLowerCase() === owner.trim().toLowerCase();
}

/**
 * The deals of `owner` (case-insensitive): the changed ones (in `changes`, with a change), then the
 * at-risk ones, each group most urgent first and then by amount in the reporting currency (deals
 * without a rate after those with one); pages up to the budget, the rest in the table.
 */
export function planOwnerPack(
  owner: string,
  allRows: readonly PipelineRow[],
  changes: readonly DealChanges[] | null,
  settings: ReportingCurrencySettings,
): OwnerPackPlan {
  const rows = allRows.filter((row) => sameOwner(row, owner));
  const changeOf = new Map((changes ?? []).map((change) => [change.dealId, change]));
  const changed = rows.filter((row) => (changeOf.get(row.dealId)?.changes.length ?? 0) > 0);
  const changedIds = new Set(changed.map((row) => row.dealId));
  const atRisk = rows.filter((row) => !changedIds.has(row.dealId) && isAtRisk(row));
  const value = (row: PipelineRow) => convertAmount(settings, row.amount, row.currency) ?? -1;
  const order = (a: PipelineRow, b: PipelineRow) =>
    urgency(b, changeOf.get(b.dealId)) - urgency(a, changeOf.get(a.dealId)) || value(b) - value(a) || a.deal.localeCompare(b.deal);
  const candidates = [...changed.sort(order), ...atRisk.sort(order)];
  const pages = sectionBudget(rows.length);
  const sectionIds = candidates.slice(0, pages).map((row) => row.dealId);
  const shown = new Set(sectionIds);
  const leftOver = candidates.slice(pages).map((row) => row.dealId);
  const inTableFirst = new Set(leftOver);
  const rest = rows.filter((row) => !shown.has(row.dealId) && !inTableFirst.has(row.dealId)).sort(order);
  return {
    owner: rows[0]?.owner ?? owner,
    rows,
    sectionIds,
    tableIds: [...leftOver, ...rest.map((row) => row.dealId)],
    changedIds,
    atRiskIds: new Set(rows.filter(isAtRisk).map((row) => row.dealId)),
    overBudget: leftOver.length,
  };
}

/** The account executives of the workspace, by name, for the pack's owner picker. */
export function packOwners(rows: readonly PipelineRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.owner === null ? [] : [row.owner])))].sort((a, b) => a.localeCompare(b));
}
