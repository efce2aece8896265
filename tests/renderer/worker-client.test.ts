// The one request/answer worker client: answers find their requests by id, a failing worker answers all waiting, no worker means null.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerClient } from '../../renderer/state/worker-client';

type Answer = { readonly id: number; readonly value?: string; readonly error?: string };

/** A worker that keeps what it is sent and answers only when the test says so. */
class HeldWorker {
  onmessage: ((event: MessageEvent<Answer>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly sent: { id: number; text: string }[] = [];
  postMessage(message: { id: number; text: string }): void {
    this.sent.push(message);
  }
  answer(id: number, value: string): void {
    this.onmessage?.(new MessageEvent('message', { data: { id, value } }));
  }
}

afterEach(() => vi.unstubAllGlobals());

/** A client of held workers, each one it starts kept in `started`. */
function heldClient(stopped: (id: number) => Answer) {
  vi.stubGlobal('Worker', HeldWorker);
  const started: HeldWorker[] = [];
  const client = workerClient<{ text: string }, Answer>(() => {
    const worker = new HeldWorker();
    started.push(worker);
    return worker as unknown as Worker;
  }, stopped);
  return { client, started };
}

describe('workerClient', () => {
  it('matches answers to their requests by id when the worker answers out of order', async () => {
    const { client, started } = heldClient((id) => ({ id, error: 'stopped' }));
    const first = client.ask({ text: 'a' });
    const second = client.ask({ text: 'b' });
    expect(started).toHaveLength(1);
    const [worker] = started;
    if (!worker) throw new Error('no worker started');
    expect(worker.sent.map((m) => m.text)).toEqual(['a', 'b']);
    const [a, b] = worker.sent;
    if (!a || !b) throw new Error('requests not sent');
    worker.answer(b.id, 'for b');
    worker.answer(a.id, 'for a');
    expect(await first).toEqual({ id: a.id, value: 'for a' });
    expect(await second).toEqual({ id: b.id, value: 'for b' });
  });

  it('answers every waiting request with the stopped answer when the worker fails, and sends later work to this thread', async () => {
    const { client, started } = heldClient((id) => ({ id, error: `stopped ${id}` }));
    const waiting = [client.ask({ text: 'a' }), client.ask({ text: 'b' })];
    started[0]?.onerror?.(new Event('error'));
    expect(await Promise.all(waiting)).toEqual([
      { id: 1, error: 'stopped 1' },
      { id: 2, error: 'stopped 2' },
    ]);
    expect(client.available()).toBe(false);
    expect(client.ask({ text: 'c' })).toBeNull();
    expect(started).toHaveLength(1);
  });

  // Without a Worker global the client never calls its start; with one, a start that throws (a blocking policy) is caught.
  it.each([
    ['where no worker can run', undefined],
    ['when the worker cannot be constructed', HeldWorker],
  ])('answers null %s, so the caller works in its own thread', (_, global) => {
    vi.stubGlobal('Worker', global);
    const client = workerClient<{ text: string }, Answer>(
      () => {
        throw new Error('blocked by policy');
      },
      (id) => ({ id, error: 'stopped' }),
    );
    expect(client.available()).toBe(false);
    expect(client.ask({ text: 'a' })).toBeNull();
  });
});
