// The import functions of the API for one workspace: uploaded files in, previews, applied imports, undo, mappings, CSV export.
import type { DealmapServices } from '../../../shared/api/contract';
import type { ImportRequestInput, ImportSummary } from '../../../shared/api/import-contract';
import { importProblemMessage } from '../../../shared/import/problem-log';
import { DealmapApiError } from '../dealmap-api-error';
import { writeExportFolder } from '../export/export-folder';
import { crmCsvFiles } from './export-crm-csv';
import type { ImportJournal } from './import-journal';
import { readLatestJournal } from './import-journal';
import { listImportMappings, saveImportMapping } from './import-mappings';
import { applyImport, previewImport } from './import-services';
import { readCsvTable } from './read-csv-table';
import type { ImportRequest } from './read-import-files';
import { undoLastImport } from './undo-import';

type ImportServices = Pick<DealmapServices, 'previewImport' | 'applyImport' | 'undoImport' | 'lastImport' | 'csvColumns' | 'listImportMappings' | 'saveImportMapping' | 'exportCsv'>;

/** The rows the mapping step shows. */
const SAMPLE_ROWS = 5;
/** Excel files of a large pipeline are bigger than a page's export; these are made on this side. */
const MAX_CSV_EXPORT_BYTES = 256 * 1024 * 1024;

function request(input: ImportRequestInput): ImportRequest {
  return {
    system: input.system,
    files: input.files.map((file) => ({ role: file.role, source: { name: file.name, text: file.content } })),
    ...(input.mapping === undefined ? {} : { mapping: input.mapping }),
    options: { dateOrder: input.dateOrder, skipBadRows: input.skipBadRows, roles: input.roles },
  };
}

export function importSummary(journal: ImportJournal): ImportSummary {
  return {
    id: journal.id,
    system: journal.system,
    at: journal.at,
    files: journal.files,
    createdDeals: journal.entries.filter((entry) => entry.kind === 'created').length,
    updatedDeals: journal.entries.filter((entry) => entry.kind === 'updated').length,
    ...(journal.undoneAt === undefined ? {} : { undoneAt: journal.undoneAt }),
  };
}

export function createImportServices(workspace: string, now: () => Date): ImportServices {
  return {
    previewImport: async (input) => (await previewImport(workspace, request(input), now())).preview,

    applyImport: async (input) => {
      const applied = await applyImport(workspace, request(input), now());
      const journal = applied.journalId === null ? null : await readLatestJournal(workspace);
      return { preview: applied.plan.preview, journal: journal === null ? null : importSummary(journal) };
    },

    undoImport: async () => importSummary(await undoLastImport(workspace, now())),

    lastImport: async () => {
      const journal = await readLatestJournal(workspace);
      return { last: journal === null ? null : importSummary(journal) };
    },

    csvColumns: async ({ file }) => {
      const read = await readCsvTable({ name: file.name, text: file.content });
      if (!read.ok) throw new DealmapApiError('invalid-payload', importProblemMessage(read.problem));
      return { headers: read.table.headers, rows: read.table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells) };
    },

    listImportMappings: async () => ({ mappings: await listImportMappings(workspace) }),

    saveImportMapping: ({ mapping }) => saveImportMapping(workspace, mapping),

    exportCsv: async ({ asOf }) => {
      const { files } = await crmCsvFiles(workspace, asOf);
      return writeExportFolder(workspace, `crm-csv-${asOf}`, files, MAX_CSV_EXPORT_BYTES);
    },
  };
}
