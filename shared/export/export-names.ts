// Names of export folders and files: what the API accepts (no way out of the exports folder) and how the app names them.
import { dealmapIntl, renderMessage } from '../i18n/dealmap-intl';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import { slugify } from '../model/slug';

/** The kinds of file an export may write. */
export const EXPORT_EXTENSIONS = ['.md', '.svg', '.png', '.pdf', '.html', '.csv'] as const;

/** Largest total of decoded bytes in one export call; under the browser host's request limit once base64-encoded. */
export const MAX_EXPORT_BYTES = 3 * 1024 * 1024;
/** Most files in one export call. */
export const MAX_EXPORT_FILES = 500;
export const MAX_EXPORT_NAME_LENGTH = 100;

// Letters of any script, digits, space, dot, dash, underscore, parentheses: nothing a shell or file system reads specially.
const SAFE_SEGMENT = /^[\p{L}\p{N}][\p{L}\p{N} ._()-]*$/u;
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** Why one path segment is refused, or null when it is a safe name. */
function segmentProblem(segment: string): MessageRef | null {
  const why = (code: string, values?: Readonly<Record<string, number>>) => messageRef(`host.export.name.${code}`, values);
  if (segment === '') return why('empty');
  if (segment.length > MAX_EXPORT_NAME_LENGTH) return why('too-long', { max: MAX_EXPORT_NAME_LENGTH });
  if (segment.includes('..')) return why('dot-dot');
  if (/[\\/:]/.test(segment)) return why('separator');
  if (!SAFE_SEGMENT.test(segment)) return why('unsafe');
  if (segment.endsWith('.') || segment.endsWith(' ')) return why('trailing');
  if (RESERVED_WINDOWS_NAMES.test(segment)) return why('reserved');
  return null;
}

/** Why an export folder name is refused, as a message, or null: one safe name, no path separators. */
export function exportFolderNameProblemRef(name: string): MessageRef | null {
  const problem = segmentProblem(name);
  return problem === null ? null : messageRef('host.export.folder-name', { name, problem });
}

/**
 * Why an export file name is refused, as a message, or null. A file may sit in one subfolder
 * (`maps/acme.svg`, so a Markdown pack can keep its images beside it); each part is a safe name,
 * and the file ends in one of EXPORT_EXTENSIONS.
 */
export function exportFileNameProblemRef(name: string): MessageRef | null {
  const segments = name.split('/');
  if (segments.length > 2) return messageRef('host.export.file-depth', { name });
  for (const segment of segments) {
    const problem = segmentProblem(segment);
    if (problem !== null) return messageRef('host.export.file-name', { name, segment, problem });
  }
  const lower = name.toLowerCase();
  if (!EXPORT_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
    // The extensions are file-name endings, listed as typed.
    return messageRef('host.export.file-extension', { name, extensions: EXPORT_EXTENSIONS.join(', ') });
  }
  return null;
}

const inEnglish = (ref: MessageRef | null): string | null => (ref === null ? null : renderMessage(dealmapIntl('en'), ref));

/** The same in English, as the API's schema says it. */
export function exportFolderNameProblem(name: string): string | null {
  return inEnglish(exportFolderNameProblemRef(name));
}

/** The same in English, as the API's schema says it. */
export function exportFileNameProblem(name: string): string | null {
  return inEnglish(exportFileNameProblemRef(name));
}

/** A safe name part from any text: `Nordic ERP <v2>` -> `nordic-erp-v2`; `fallback` when nothing is left. */
export function exportSlug(text: string, fallback = 'export'): string {
  const slug = slugify(text, 60);
  return slug === '' ? fallback : slug;
}

/** The export folder of one map: `map-<deal-id>-<YYYY-MM-DD>`. */
export function mapExportFolderName(dealId: string, asOf: string): string {
  return `map-${exportSlug(dealId, 'deal')}-${asOf}`;
}

/** The export folder of a review pack: `review-pack-<YYYY-MM-DD>`. */
export function reviewPackFolderName(asOf: string): string {
  return `review-pack-${asOf}`;
}
