// The browser host's listing asked for before React and the app's modules run (main.tsx imports this first), taken by the HTTP transport.
import { API_HTTP_PREFIX } from '../../shared/api/api-http-prefix';
import { localDate } from '../../shared/model/local-date';

/** A request made before the app asked for it: its body and the host's answer. */
interface EarlyRequest {
  readonly body: string;
  readonly response: Promise<Response>;
}

const early = new Map<string, EarlyRequest>();

/** The listing as the store will ask for it at load (as of today); the desktop app's preload answers over IPC instead. */
export function askForListingEarly(): void {
  if (typeof window === 'undefined' || window.dealmap !== undefined || typeof fetch !== 'function') return;
  const body = JSON.stringify({ asOf: localDate(new Date()) });
  const response = fetch(`${API_HTTP_PREFIX}listDeals`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  // A failure here is the app's to report when it takes this answer; never an unhandled rejection.
  response.catch(() => undefined);
  early.set('listDeals', { body, response });
}

/** The early answer to `name` if it was asked with exactly `body`; each is taken once, and a different body leaves it unused. */
export function takeEarlyAnswer(name: string, body: string): Promise<Response> | undefined {
  const request = early.get(name);
  if (request === undefined) return undefined;
  early.delete(name);
  return request.body === body ? request.response : undefined;
}

// Vitest runs these modules with no host behind them; a page (built, or served by Vite) asks at once, before the modules after this one run.
if (import.meta.env.MODE !== 'test') askForListingEarly();
