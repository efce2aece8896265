// Exports the review pack of the deals in view: Markdown with map images, or PDF (printed by the desktop app, by the browser otherwise).
import { REVIEW_PACK_MARKDOWN_FILE, reviewPackMarkdown } from '../../shared/export/review-pack-markdown';
import { reviewPackFolderName } from '../../shared/export/export-names';
import { reviewPackHtml } from '../../shared/export/review-pack-html';
import { DEFAULT_MAX_PACK_DEALS, reviewPackInput, type ReviewPackInput } from '../../shared/export/review-pack-input';
import type { Qualification } from '../../shared/engine/types';
import type { Language } from '../../shared/i18n';
import type { Deal } from '../../shared/model/deal-schema';
import type { PipelineRow } from '../../shared/pipeline';
import { messageRef, type MessageRef } from '../../shared/i18n';
import { ApiError } from '../api/dealmap-client';
import { qualificationOf } from '../state/qualification';
import type { AppStore } from '../state/app-store';
import { openPrintablePage } from './print-page';

export type ReviewPackFormat = 'markdown' | 'html' | 'pdf';

export const REVIEW_PACK_HTML_FILE = 'review-pack.html';

export interface ReviewPackExport {
  readonly folder: string;
  readonly files: readonly string[];
  /** What else the user should know, e.g. that the browser prints the PDF; null for nothing. */
  readonly hint: MessageRef | null;
}

/** The pack of the rows in view, with the review shown in the pipeline (its changes made fresh first). */
async function packOf(store: AppStore, rows: readonly PipelineRow[], scope: string, language: Language): Promise<ReviewPackInput> {
  // Edits and coaching still waiting to be saved belong in the pack.
  await store.flushPendingSaves();
  if (store.reviews.getState().review) await store.reviews.refreshChanges();
  const state = store.getState();
  const { review, report } = store.reviews.getState();
  // The list holds summaries: the deals that get a section are fetched whole, the rest only counted.
  const sections = rows.slice(0, DEFAULT_MAX_PACK_DEALS);
  const fetched = await Promise.all(sections.map((row) => store.fetchDeal(row.dealId)));
  const deals = fetched.filter((deal): deal is Deal => deal !== null);
  // The same qualification the rows were listed with: same review date, same settings.
  const qualify = (deal: Deal): Qualification => qualificationOf(deal, state.asOf, state.settings);
  const input = reviewPackInput({ asOf: state.asOf, deals, qualify, rows, review, changes: review ? (report?.changes ?? null) : null, scope });
  return { ...input, omittedDeals: rows.length - deals.length, language };
}

export async function exportReviewPack(
  store: AppStore,
  format: ReviewPackFormat,
  rows: readonly PipelineRow[],
  scope: string,
  printInBrowser: (html: string) => boolean = openPrintablePage,
  language: Language = 'en',
): Promise<ReviewPackExport> {
  const input = await packOf(store, rows, scope, language);
  const folderName = reviewPackFolderName(input.asOf);
  if (format === 'markdown') {
    const { markdown, files } = reviewPackMarkdown(input);
    const written = await store.exportFiles({
      folderName,
      files: [{ name: REVIEW_PACK_MARKDOWN_FILE, content: markdown, encoding: 'utf8' }, ...files.map((file) => ({ ...file, encoding: 'utf8' as const }))],
    });
    return { ...written, hint: null };
  }
  return exportPrintable(store, folderName, reviewPackHtml(input), format, { html: REVIEW_PACK_HTML_FILE, pdf: 'review-pack.pdf' }, printInBrowser);
}

/**
 * A pack's printable page as HTML, or as PDF printed by the host (the desktop app, or the browser
 * host with a Chromium); a host that cannot print keeps the page and opens the browser's print dialog, and says so.
 */
export async function exportPrintable(
  store: AppStore,
  folderName: string,
  html: string,
  format: 'html' | 'pdf',
  names: { readonly html: string; readonly pdf: 'review-pack.pdf' | 'one-to-one.pdf' },
  printInBrowser: (html: string) => boolean = openPrintablePage,
): Promise<ReviewPackExport> {
  if (format === 'html') {
    const written = await store.exportFiles({ folderName, files: [{ name: names.html, content: html, encoding: 'utf8' }] });
    return { ...written, hint: messageRef('exporting.hint.html') };
  }
  try {
    return { ...(await store.exportReviewPdf({ folderName, html, fileName: names.pdf })), hint: null };
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'forbidden')) throw error;
  }
  const written = await store.exportFiles({ folderName, files: [{ name: names.html, content: html, encoding: 'utf8' }] });
  const opened = printInBrowser(html);
  return {
    ...written,
    hint: opened
      ? messageRef('exporting.hint.print-tab')
      : messageRef('exporting.hint.print-blocked', { file: names.html }),
  };
}
