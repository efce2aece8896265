// Exports kept in memory for renderer tests: payloads validated by the contract, taken folder names suffixed like the real service.
import { apiInputSchemas, type ApiInput, type ApiResult, type ExportedFiles } from '../../../shared/api/contract';

export interface RecordedExport {
  readonly folder: string;
  readonly files: ApiInput<'exportFiles'>['files'];
}

export class InMemoryExports {
  readonly exports: RecordedExport[] = [];
  readonly pdfs: { readonly folder: string; readonly html: string }[] = [];
  /** Set to answer exportReviewPdf like the browser host does (no PDF printer there). */
  pdfUnavailable = false;

  private claim(folderName: string): string {
    const taken = new Set([...this.exports.map((entry) => entry.folder), ...this.pdfs.map((entry) => entry.folder)]);
    let folder = `/workspace/exports/${folderName}`;
    for (let suffix = 2; taken.has(folder); suffix += 1) folder = `/workspace/exports/${folderName}-${suffix}`;
    return folder;
  }

  exportFiles = async (input: ApiInput<'exportFiles'>): Promise<ApiResult<ExportedFiles>> => {
    const parsed = apiInputSchemas.exportFiles.safeParse(input);
    if (!parsed.success) return { ok: false, error: { code: 'invalid-payload', message: parsed.error.issues[0]?.message ?? 'invalid' } };
    const folder = this.claim(parsed.data.folderName);
    this.exports.push({ folder, files: parsed.data.files });
    return { ok: true, value: { folder, files: parsed.data.files.map((file) => file.name) } };
  };

  exportReviewPdf = async (input: ApiInput<'exportReviewPdf'>): Promise<ApiResult<ExportedFiles>> => {
    if (this.pdfUnavailable) return { ok: false, error: { code: 'forbidden', message: 'PDF export needs the desktop app.' } };
    const folder = this.claim(input.folderName);
    this.pdfs.push({ folder, html: input.html });
    return { ok: true, value: { folder, files: [input.fileName ?? 'review-pack.pdf'] } };
  };
}
