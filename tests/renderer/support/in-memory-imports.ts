// The import part of the in-memory API double: no import yet; the real services are tested on real files and in Chromium.
import type { ApiResult, DealmapApi } from '../../../shared/api/contract';

function notHere<T>(): Promise<ApiResult<T>> {
  return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'Imports run against a real workspace (tests/electron/import, tests/e2e/import.test.ts).' } });
}

export class InMemoryImports {
  previewImport: DealmapApi['previewImport'] = () => notHere();
  applyImport: DealmapApi['applyImport'] = () => notHere();
  undoImport: DealmapApi['undoImport'] = () => notHere();
  lastImport: DealmapApi['lastImport'] = () => Promise.resolve({ ok: true, value: { last: null } });
  csvColumns: DealmapApi['csvColumns'] = () => notHere();
  listImportMappings: DealmapApi['listImportMappings'] = () => Promise.resolve({ ok: true, value: { mappings: [] } });
  saveImportMapping: DealmapApi['saveImportMapping'] = () => notHere();
  exportCsv: DealmapApi['exportCsv'] = () => notHere();
}
