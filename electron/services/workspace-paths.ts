// Where a workspace keeps its deals: `<workspace>/deals/<id>.json`.
import { join } from 'node:path';

export const DEALS_FOLDER = 'deals';

export function dealsFolder(workspace: string): string {
  return join(workspace, DEALS_FOLDER);
}

export function dealFilePath(workspace: string, id: string): string {
  return join(dealsFolder(workspace), `${id}.json`);
}

/** The name messages use for a deal file: relative to the workspace, always with `/`. */
export function dealFileLabel(id: string): string {
  return `${DEALS_FOLDER}/${id}.json`;
}
