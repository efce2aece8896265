// The store's export actions: the API's export functions, for the map and pipeline export menus.
import type { ApiInput, ExportedFiles } from '../../shared/api/contract';
import type { DealmapClient } from '../api/dealmap-client';

export function createExportActions(client: Pick<DealmapClient, 'exportFiles' | 'exportReviewPdf'>) {
  return {
    /** Writes files into a new folder under `<workspace>/exports/`; answers where they went. */
    exportFiles: (input: ApiInput<'exportFiles'>): Promise<ExportedFiles> => client.exportFiles(input),
    /** Prints the review pack page to PDF (desktop app); the browser host refuses with `forbidden`. */
    exportReviewPdf: (input: ApiInput<'exportReviewPdf'>): Promise<ExportedFiles> => client.exportReviewPdf(input),
  };
}
