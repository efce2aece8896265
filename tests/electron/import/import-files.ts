// Writes CRM export files into a test folder and builds the import request that reads them.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportFileRole, ImportRequest } from '../../../electron/services/import/read-import-files';

export async function writeExports(folder: string, files: Readonly<Partial<Record<ImportFileRole, string>>>, skipBadRows = false): Promise<ImportRequest & { readonly system: 'salesforce' }> {
  await mkdir(join(folder, 'exports'), { recursive: true });
  const list = [];
  for (const [role, text] of Object.entries(files) as [ImportFileRole, string][]) {
    const path = join(folder, 'exports', `${role}.csv`);
    await writeFile(path, text);
    list.push({ role, source: { name: `${role}.csv`, path } });
  }
  return { system: 'salesforce', files: list, options: { dateOrder: 'auto', skipBadRows } };
}

/** Every deal file's bytes by name, to compare a workspace before and after. */
export async function dealFileBytes(workspace: string): Promise<Record<string, string>> {
  const folder = join(workspace, 'deals');
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')] as const)));
}
