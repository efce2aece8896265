// Preload: exposes the API to the page as `window.dealmap`, named functions only, no ipcRenderer, no event.
import { contextBridge, ipcRenderer } from 'electron';
import { apiChannel, DEALMAP_WINDOW_KEY, type DealmapWindowApi } from '../shared/api/channels';
import { WORKSPACE_CHANGED_CHANNEL, type WorkspaceChange, type WorkspaceChangeListener } from '../shared/api/workspace-events';

// Changes pushed before the page subscribes (it lists the workspace first) wait here, then go to it.
const queued: WorkspaceChange[] = [];
const listeners = new Set<WorkspaceChangeListener>();
ipcRenderer.on(WORKSPACE_CHANGED_CHANNEL, (_event, change: WorkspaceChange) => {
  if (listeners.size === 0) queued.push(change);
  for (const listener of listeners) listener(change);
});

// Only types come from the contract, so zod stays out of this sandboxed bundle; `satisfies` keeps the list complete.
// The module exports nothing: the sandbox runs it as a plain script.
const api = {
  listDeals: (input) => ipcRenderer.invoke(apiChannel('listDeals'), input),
  listingProgress: (input) => ipcRenderer.invoke(apiChannel('listingProgress'), input),
  listChangedDeals: (input) => ipcRenderer.invoke(apiChannel('listChangedDeals'), input),
  getDeal: (input) => ipcRenderer.invoke(apiChannel('getDeal'), input),
  createDeal: (input) => ipcRenderer.invoke(apiChannel('createDeal'), input),
  saveDeal: (input) => ipcRenderer.invoke(apiChannel('saveDeal'), input),
  deleteDeal: (input) => ipcRenderer.invoke(apiChannel('deleteDeal'), input),
  listReviews: (input) => ipcRenderer.invoke(apiChannel('listReviews'), input),
  startReview: (input) => ipcRenderer.invoke(apiChannel('startReview'), input),
  getReview: (input) => ipcRenderer.invoke(apiChannel('getReview'), input),
  reviewChanges: (input) => ipcRenderer.invoke(apiChannel('reviewChanges'), input),
  saveCoaching: (input) => ipcRenderer.invoke(apiChannel('saveCoaching'), input),
  getSettings: (input) => ipcRenderer.invoke(apiChannel('getSettings'), input),
  saveSettings: (input) => ipcRenderer.invoke(apiChannel('saveSettings'), input),
  exportFiles: (input) => ipcRenderer.invoke(apiChannel('exportFiles'), input),
  exportReviewPdf: (input) => ipcRenderer.invoke(apiChannel('exportReviewPdf'), input),
  previewImport: (input) => ipcRenderer.invoke(apiChannel('previewImport'), input),
  applyImport: (input) => ipcRenderer.invoke(apiChannel('applyImport'), input),
  undoImport: (input) => ipcRenderer.invoke(apiChannel('undoImport'), input),
  lastImport: (input) => ipcRenderer.invoke(apiChannel('lastImport'), input),
  csvColumns: (input) => ipcRenderer.invoke(apiChannel('csvColumns'), input),
  listImportMappings: (input) => ipcRenderer.invoke(apiChannel('listImportMappings'), input),
  saveImportMapping: (input) => ipcRenderer.invoke(apiChannel('saveImportMapping'), input),
  exportCsv: (input) => ipcRenderer.invoke(apiChannel('exportCsv'), input),
  teamStatus: (input) => ipcRenderer.invoke(apiChannel('teamStatus'), input),
  syncTeam: (input) => ipcRenderer.invoke(apiChannel('syncTeam'), input),
  dealHistory: (input) => ipcRenderer.invoke(apiChannel('dealHistory'), input),
  dealAsOf: (input) => ipcRenderer.invoke(apiChannel('dealAsOf'), input),
  shareWorkspace: (input) => ipcRenderer.invoke(apiChannel('shareWorkspace'), input),
  onWorkspaceChanged: (listener) => {
    listeners.add(listener);
    for (const change of queued.splice(0)) listener(change);
    return () => void listeners.delete(listener);
  },
} satisfies DealmapWindowApi;

contextBridge.exposeInMainWorld(DEALMAP_WINDOW_KEY, api);
