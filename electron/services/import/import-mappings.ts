// Column mappings saved in the workspace (`import-mappings/<name>.json`), for the next import of the same CSV.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvMappingSchema, type CsvMapping } from '../../../shared/import/csv-mapping';
import { exportSlug } from '../../../shared/export/export-names';
import { isMissingFileError, writeFileDurably } from '../durable-file';

export const MAPPINGS_FOLDER = 'import-mappings';

/** Every readable mapping, by name; a file that is not a mapping is skipped (it is the user's, left as it is). */
export async function listImportMappings(workspace: string): Promise<CsvMapping[]> {
  const folder = join(workspace, MAPPINGS_FOLDER);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (isMissingFileError(error)) return [];
    throw error;
  }
  const mappings: CsvMapping[] = [];
  for (const name of names.filter((file) => file.endsWith('.json')).sort()) {
    try {
      const parsed = csvMappingSchema.safeParse(JSON.parse(await readFile(join(folder, name), 'utf8')));
      if (parsed.success) mappings.push(parsed.data);
    } catch {
      // Not JSON: not a mapping this Dealmap wrote; it stays untouched and unlisted.
    }
  }
  return mappings.sort((a, b) => a.name.localeCompare(b.name));
}

/** Writes the mapping atomically as `<slug of its name>.json`. */
export async function saveImportMapping(workspace: string, mapping: CsvMapping): Promise<CsvMapping> {
  const folder = join(workspace, MAPPINGS_FOLDER);
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${exportSlug(mapping.name, 'mapping')}.json`);
  await writeFileDurably(path, `${JSON.stringify(mapping, null, 2)}\n`);
  return mapping;
}
