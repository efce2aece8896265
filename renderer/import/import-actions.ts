// The store's import actions: the API's import functions, for the Import dialog.
import type { ApiInput, ApiOutputs } from '../../shared/api/contract';
import type { DealmapClient } from '../api/dealmap-client';

type ImportFunction = 'previewImport' | 'applyImport' | 'undoImport' | 'lastImport' | 'csvColumns' | 'listImportMappings' | 'saveImportMapping' | 'exportCsv';

export type ImportActions = { [K in ImportFunction]: (input: ApiInput<K>) => Promise<ApiOutputs[K]> };

export function createImportActions(client: Pick<DealmapClient, ImportFunction>): ImportActions {
  return {
    previewImport: (input) => client.previewImport(input),
    applyImport: (input) => client.applyImport(input),
    undoImport: (input) => client.undoImport(input),
    lastImport: (input) => client.lastImport(input),
    csvColumns: (input) => client.csvColumns(input),
    listImportMappings: (input) => client.listImportMappings(input),
    saveImportMapping: (input) => client.saveImportMapping(input),
    exportCsv: (input) => client.exportCsv(input),
  };
}
