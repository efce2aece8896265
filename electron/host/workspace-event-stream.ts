// The browser host's push channel: Server-Sent Events telling every open page which deal files changed on disk.
import type { ServerResponse } from 'node:http';
import type { WorkspaceChange } from '../../shared/api/workspace-events';
import type { WorkspaceWatch } from '../services/watch-workspace';

export interface WorkspaceEventStream {
  /** Keeps `response` open as an event stream until the page goes away. */
  subscribe(response: ServerResponse): void;
  close(): void;
}

/** Comment lines keep proxies and idle timeouts from closing a quiet stream. */
const KEEP_ALIVE_MS = 25_000;

/** `watch` starts the watcher (the services' own, so their index hears of each change first). */
export async function startWorkspaceEventStream(
  watch: (listener: (change: WorkspaceChange) => void) => Promise<WorkspaceWatch>,
): Promise<WorkspaceEventStream> {
  const pages = new Set<ServerResponse>();
  const send = (text: string) => {
    for (const page of pages) page.write(text);
  };
  const watcher: WorkspaceWatch = await watch((change: WorkspaceChange) =>
    send(`event: workspace-changed\ndata: ${JSON.stringify(change)}\n\n`),
  );
  const keepAlive = setInterval(() => send(': still here\n\n'), KEEP_ALIVE_MS);
  keepAlive.unref();
  return {
    subscribe(response) {
      response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      // The first line lets the page know it is connected (EventSource 'open').
      response.write(': connected\n\n');
      pages.add(response);
      response.on('close', () => pages.delete(response));
    },
    close() {
      clearInterval(keepAlive);
      watcher.close();
      for (const page of pages) page.end();
      pages.clear();
    },
  };
}
