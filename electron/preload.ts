// Preload: exposes the API to the page as `window.dealmap`, named functions only, no ipcRenderer, no event.
import { contextBridge, ipcRenderer } from 'electron';
import { apiObject } from '../shared/api/api-methods';
import { apiChannel, DEALMAP_WINDOW_KEY, type DealmapWindowApi } from '../shared/api/channels';
import type { DealmapApi } from '../shared/api/contract';
import { WORKSPACE_CHANGED_CHANNEL, type WorkspaceChange, type WorkspaceChangeListener } from '../shared/api/workspace-events';

// Changes pushed before the page subscribes (it lists the workspace first) wait here, then go to it.
const queued: WorkspaceChange[] = [];
const listeners = new Set<WorkspaceChangeListener>();
ipcRenderer.on(WORKSPACE_CHANGED_CHANNEL, (_event, change: WorkspaceChange) => {
  if (listeners.size === 0) queued.push(change);
  for (const listener of listeners) listener(change);
});

// One function per name of api-methods.ts (zod-free, like the types from the contract): a fixed allow-list, never a general invoke.
// The module exports nothing: the sandbox runs it as a plain script.
const api = {
  ...apiObject<DealmapApi>((name, input) => ipcRenderer.invoke(apiChannel(name), input)),
  onWorkspaceChanged: (listener) => {
    listeners.add(listener);
    for (const change of queued.splice(0)) listener(change);
    return () => void listeners.delete(listener);
  },
} satisfies DealmapWindowApi;

contextBridge.exposeInMainWorld(DEALMAP_WINDOW_KEY, api);
