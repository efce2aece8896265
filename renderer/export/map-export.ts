// Exports the map on screen as SVG or PNG into `<workspace>/exports/map-<deal>-<date>/`.
import type { ExportedFiles } from '../../shared/api/contract';
import { mapExportFolderName } from '../../shared/export/export-names';
import { buyingCenterSvg } from '../../shared/export/map-svg';
import { dealmapIntl, messageRef, renderMessage, type Language, type MessageRef } from '../../shared/i18n';
import { selectQualification } from '../state/selectors';
import type { AppStore } from '../state/app-store';
import { MapPictureError, svgToPngBase64 } from './rasterize-svg';
import { downloadInBrowser } from './browser-download';

export type MapExportFormat = 'svg' | 'png';

/** The open deal as the map shows it, with the selected gap called out; throws when no deal is open. */
export async function exportMap(store: AppStore, format: MapExportFormat, rasterize = svgToPngBase64, language: Language = 'en'): Promise<ExportedFiles> {
  const state = store.getState();
  const deal = state.deal;
  const qualification = selectQualification(state);
  const say = (problem: MessageRef) => new Error(renderMessage(dealmapIntl(language), problem));
  if (!deal || !qualification) throw say(messageRef('exporting.picture.no-deal'));
  const svg = buyingCenterSvg(deal, qualification, { highlightGapId: state.selection.gapId, date: state.asOf, language });
  const folderName = mapExportFolderName(deal.id, state.asOf);
  if (format === 'svg') {
    const content = `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
    const written = await store.exportFiles({ folderName, files: [{ name: `${deal.id}.svg`, content, encoding: 'utf8' }] });
    downloadInBrowser(`${folderName}.svg`, content, 'utf8', 'image/svg+xml');
    return written;
  }
  const png = await rasterize(svg).catch((error: unknown) => {
    throw error instanceof MapPictureError ? say(error.problem) : error;
  });
  const written = await store.exportFiles({ folderName, files: [{ name: `${deal.id}.png`, content: png, encoding: 'base64' }] });
  downloadInBrowser(`${folderName}.png`, png, 'base64', 'image/png');
  return written;
}
