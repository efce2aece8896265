// The one-to-one pack's content, format-free: the opening page, one page per changed or at-risk deal, questions asked once, the rest as a table.
import type { GapSeverity } from '../engine/types';
import { dealmapIntl, type DealmapIntl } from '../i18n/dealmap-intl';
import type { Language } from '../i18n/languages';
import type { MessageValue } from '../i18n/message-ref';
import type { PackTable } from './review-pack-model';
import type { OwnerPackInput } from './review-pack-owner-input';
import { openingPage } from './review-pack-owner-opening';
import { dealPages, restTable } from './review-pack-owner-pages';
import { packText } from './review-pack-owner-text';

export interface PackActionItem {
  readonly deal: string;
  readonly text: string;
  readonly owner: string;
  readonly due: string;
}

export interface PackQuestion {
  readonly question: string;
  /** "ERP replacement — Northwind AB", each deal the question concerns. */
  readonly deals: readonly string[];
}

export interface OpeningPage {
  readonly title: string;
  readonly basis: string;
  /** Which currency the figures read in and the rates' date, or that they stay per currency. */
  readonly money: string;
  /** The engine's challenges of commit calls: the deal and what contradicts it. Leads the page. */
  readonly challenges: readonly (readonly [string, string])[];
  readonly moreChallenges: number;
  readonly numbers: readonly (readonly [string, string])[];
  /** Label and the deals it names; null without a review. */
  readonly changes: readonly (readonly [string, string])[] | null;
  readonly overdue: string;
  readonly actionItems: readonly PackActionItem[];
  /** Open items not on the page (they are on the deal pages); 0 for none. */
  readonly moreActionItems: number;
  readonly topQuestions: readonly PackQuestion[];
}

export interface PackGapLine {
  /** The severity's word in the pack's language. */
  readonly severity: string;
  /** The severity's code, for the page's colour. */
  readonly level: GapSeverity;
  readonly code: string;
  readonly message: string;
  readonly paths: readonly string[];
  readonly nextAction: string;
  /** Questions only this deal raises. */
  readonly questions: readonly string[];
  /** Numbers of the questions asked once across deals that this gap raises too. */
  readonly sharedQuestions: readonly number[];
}

export interface DealPage {
  readonly dealId: string;
  /** "ERP replacement — Northwind AB". */
  readonly heading: string;
  /** "Changed since the review" or "At risk". */
  readonly why: string;
  readonly verdict: readonly (readonly [string, string])[];
  /** null: no review to compare with. */
  readonly changes: readonly string[] | null;
  readonly gaps: readonly PackGapLine[];
  readonly moreGaps: number;
  readonly actions: readonly string[];
  readonly notes: string | null;
  readonly actionItems: readonly PackActionItem[] | null;
}

export interface OwnerPackModel {
  readonly opening: OpeningPage;
  readonly pages: readonly DealPage[];
  /** Questions raised by more than one deal page, numbered from 1, each with its deals. */
  readonly sharedQuestions: readonly PackQuestion[];
  readonly table: PackTable;
  /** What the reader should know about what is left out (page budget, deals without a rate). */
  readonly notes: readonly string[];
  /** The pack's language, and the fixed words Markdown and HTML print around the content in it. */
  readonly language: Language;
  readonly text: (id: string, values?: Readonly<Record<string, MessageValue>>) => string;
}

export function ownerPackModel(input: OwnerPackInput): OwnerPackModel {
  const { pages, sharedQuestions } = dealPages(input);
  const language = input.language ?? 'en';
  const intl = dealmapIntl(language);
  const text: OwnerPackModel['text'] = (id, values) => packText(intl, id, values);
  return { opening: openingPage(input), pages, sharedQuestions, table: restTable(input), notes: packNotes(intl, input), language, text };
}

function packNotes(intl: DealmapIntl, input: OwnerPackInput): string[] {
  const { plan } = input;
  return plan.overBudget > 0 ? [packText(intl, 'one-to-one.over-budget', { count: plan.overBudget, pages: plan.sectionIds.length })] : [];
}
