// Builds one account executive's one-to-one pack in the app and writes it as Markdown, HTML or PDF into the exports.
import { buildOwnerPackInput } from '../../shared/export/review-pack-owner-build';
import { ownerPackHtml } from '../../shared/export/review-pack-owner-html';
import { OWNER_PACK_FILE, ownerPackFolderName, ownerPackMarkdown } from '../../shared/export/review-pack-owner-markdown';
import type { Language } from '../../shared/i18n/languages';
import type { PipelineRow } from '../../shared/pipeline';
import { exportPrintable, type ReviewPackExport } from '../export/review-pack-export';
import type { AppStore } from '../state/app-store';
import { qualificationOf } from '../state/qualification';

export type OneToOneFormat = 'markdown' | 'html' | 'pdf';

/** `reviewId` null: the latest review. The pipeline then compares with the same review. */
export async function exportOneToOnePack(
  store: AppStore,
  rows: readonly PipelineRow[],
  owner: string,
  reviewId: string | null,
  format: OneToOneFormat,
  language: Language = 'en',
): Promise<ReviewPackExport> {
  // Edits and coaching still waiting to be saved belong in the pack.
  await store.flushPendingSaves();
  const reviews = store.reviews;
  if (reviewId !== null && reviews.getState().review?.id !== reviewId) await reviews.pickReview(reviewId);
  else if (reviews.getState().review) await reviews.refreshChanges();
  const state = store.getState();
  const { review, report } = reviews.getState();
  const built = await buildOwnerPackInput({
    owner,
    asOf: state.asOf,
    rows,
    review,
    changes: review ? (report?.changes.deals ?? null) : null,
    settings: state.settings,
    fetchDeal: (id) => store.fetchDeal(id),
    qualify: (deal) => qualificationOf(deal, state.asOf, state.settings),
  });
  const input = { ...built, language };
  const folderName = ownerPackFolderName(input.plan.owner, input.asOf);
  if (format === 'markdown') {
    const { markdown, files } = ownerPackMarkdown(input);
    const written = await store.exportFiles({
      folderName,
      files: [{ name: `${OWNER_PACK_FILE}.md`, content: markdown, encoding: 'utf8' }, ...files.map((file) => ({ ...file, encoding: 'utf8' as const }))],
    });
    return { ...written, hint: null };
  }
  return exportPrintable(store, folderName, ownerPackHtml(input), format, { html: `${OWNER_PACK_FILE}.html`, pdf: `${OWNER_PACK_FILE}.pdf` });
}
