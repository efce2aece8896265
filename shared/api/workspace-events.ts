// The push channel from the Node side to the UI: deal files changed on disk by anyone (sync tool, CLI, another app).

/** Deal files added, changed or removed, relative to the workspace (`deals/acme.json`), coalesced over a short pause. */
export interface WorkspaceChange {
  readonly files: readonly string[];
}

export type WorkspaceChangeListener = (change: WorkspaceChange) => void;

/** What the UI subscribes with, whatever the transport (IPC push, Server-Sent Events). */
export interface WorkspaceEvents {
  /** Calls `listener` for every change from now on; the answer unsubscribes. */
  onWorkspaceChanged(listener: WorkspaceChangeListener): () => void;
}

/** The IPC channel main pushes changes on. */
export const WORKSPACE_CHANGED_CHANNEL = 'dealmap:workspace-changed';

/** The browser host's Server-Sent Events stream. */
export const WORKSPACE_EVENTS_PATH = '/events/workspace';
