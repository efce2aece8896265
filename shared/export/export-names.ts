// Names of export folders and files: what the API accepts (no way out of the exports folder) and how the app names them.
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
function segmentProblem(segment: string): string | null {
  if (segment === '') return 'is empty';
  if (segment.length > MAX_EXPORT_NAME_LENGTH) return `is longer than ${MAX_EXPORT_NAME_LENGTH} characters`;
  if (segment.includes('..')) return 'may not contain ".."';
  if (/[\\/:]/.test(segment)) return 'may not contain / \\ or :';
  if (!SAFE_SEGMENT.test(segment)) return 'must start with a letter or digit and use only letters, digits, spaces and . _ - ( )';
  if (segment.endsWith('.') || segment.endsWith(' ')) return 'may not end with a dot or a space';
  if (RESERVED_WINDOWS_NAMES.test(segment)) return 'is a name Windows reserves';
  return null;
}

/** Why an export folder name is refused, or null: one safe name, no path separators. */
export function exportFolderNameProblem(name: string): string | null {
  const problem = segmentProblem(name);
  return problem === null ? null : `folder name "${name}" ${problem}`;
}

/**
 * Why an export file name is refused, or null. A file may sit in one subfolder (`maps/acme.svg`,
 * so a Markdown pack can keep its images beside it); each part is a safe name, and the file ends
 * in one of EXPORT_EXTENSIONS.
 */
export function exportFileNameProblem(name: string): string | null {
  const segments = name.split('/');
  if (segments.length > 2) return `file name "${name}" may have at most one folder`;
  for (const segment of segments) {
    const problem = segmentProblem(segment);
    if (problem !== null) return `file name "${name}": "${segment}" ${problem}`;
  }
  const lower = name.toLowerCase();
  if (!EXPORT_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
    return `file name "${name}" must end in ${EXPORT_EXTENSIONS.join(', ')}`;
  }
  return null;
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
