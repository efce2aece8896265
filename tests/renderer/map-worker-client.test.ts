// When the map worker stops, every waiting request is answered with a message in the app's catalogs, not English text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dealmapIntl, isMessageRef, renderMessage } from '../../shared/i18n';

/** A worker that takes requests and never answers, until the test makes it fail. */
class StoppingWorker {
  static last: StoppingWorker | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor() {
    StoppingWorker.last = this;
  }
  postMessage(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the map worker client', () => {
  it('answers a waiting layout with "the map worker stopped" in English and Swedish when the worker fails', async () => {
    vi.stubGlobal('Worker', StoppingWorker);
    vi.resetModules();
    const { askMapWorker } = await import('../../renderer/map/map-worker-client');
    const answer = askMapWorker({ kind: 'layout', deal: { stakeholders: [], relations: [] } });
    expect(answer).not.toBeNull();
    StoppingWorker.last?.onerror?.(new Event('error'));
    const answered = await answer;
    const error = answered !== undefined && answered !== null && 'error' in answered ? answered.error : undefined;
    expect(isMessageRef(error)).toBe(true);
    if (!isMessageRef(error)) return;
    expect(renderMessage(dealmapIntl('en'), error)).toBe('The map worker stopped.');
    expect(renderMessage(dealmapIntl('sv'), error)).toBe('Kartans bakgrundsarbete stannade.');
  });
});
