// Watches a workspace's deals/ folder and settings.json (fs.watch) and reports changed files, coalesced, to its listeners.
import { watch, type FSWatcher } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { WorkspaceChange } from '../../shared/api/workspace-events';
import { WORKSPACE_SETTINGS_FILE } from '../../shared/settings/workspace-settings';
import { isTempFileName } from './durable-file';
import { DEALS_FOLDER, dealsFolder } from './workspace-paths';

/** Saves and sync tools write in bursts (temp file, rename, lock): one report per burst. */
const COALESCE_MS = 60;

export interface WorkspaceWatch {
  close(): void;
}

/**
 * Reports every `.json` deal file (and settings.json) that was added, changed or removed. Own saves
 * are reported too: the UI compares what it has with the file and finds nothing to do.
 */
export async function watchWorkspace(workspace: string, onChange: (change: WorkspaceChange) => void): Promise<WorkspaceWatch> {
  await mkdir(dealsFolder(workspace), { recursive: true });
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const report = (file: string) => {
    pending.add(file);
    timer ??= setTimeout(() => {
      timer = undefined;
      const files = [...pending].sort();
      pending.clear();
      onChange({ files });
    }, COALESCE_MS);
  };
  const watchers: FSWatcher[] = [
    watch(dealsFolder(workspace), (_event, name) => {
      const file = name?.toString();
      // Without a name (some platforms), the whole folder is worth a look.
      if (file === undefined) report(DEALS_FOLDER);
      else if (file.endsWith('.json') && !isTempFileName(file)) report(`${DEALS_FOLDER}/${file}`);
    }),
    watch(workspace, (_event, name) => {
      if (name?.toString() === WORKSPACE_SETTINGS_FILE) report(WORKSPACE_SETTINGS_FILE);
    }),
  ];
  // A watcher error (folder removed) ends watching; the app still works, only without live updates.
  for (const watcher of watchers) watcher.on('error', () => watcher.close());
  return {
    close: () => {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
