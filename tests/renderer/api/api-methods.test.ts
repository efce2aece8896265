// One list of API names: the schemas, the HTTP client and the UI client all follow api-methods.ts.
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api/api-methods';
import { apiInputSchemas, type ApiResult } from '../../../shared/api/contract';
import { ApiError, createDealmapClient, type DealmapTransport } from '../../../renderer/api/dealmap-client';
import { createHttpApi } from '../../../renderer/api/http-api';

describe('API_METHODS', () => {
  it('names exactly the functions the contract has schemas for, each once', () => {
    expect([...API_METHODS].sort()).toEqual(Object.keys(apiInputSchemas).sort());
    expect(new Set(API_METHODS).size).toBe(API_METHODS.length);
  });

  it('gives the HTTP client one function per name, each posting to its own path', async () => {
    const posted: string[] = [];
    const api = createHttpApi('http://host', async (url, init) => {
      posted.push(`${url} ${String(init.body)}`);
      return new Response(JSON.stringify({ ok: true, value: url }));
    });
    expect(Object.keys(api).sort()).toEqual([...API_METHODS].sort());
    for (const name of API_METHODS) {
      const call = api[name] as (input: unknown) => Promise<ApiResult<unknown>>;
      expect(await call({ marker: name })).toEqual({ ok: true, value: `http://host/api/${name}` });
    }
    expect(posted).toEqual(API_METHODS.map((name) => `http://host/api/${name} {"marker":"${name}"}`));
  });

  it('gives the UI client one function per name that unwraps results and throws failures with their code', async () => {
    const transport = Object.fromEntries(
      API_METHODS.map((name) => [name, async (input: unknown) => (name === 'saveDeal' ? { ok: false, error: { code: 'conflict', message: 'changed on disk' } } : { ok: true, value: { name, input } })]),
    ) as unknown as DealmapTransport;
    const client = createDealmapClient(transport);
    expect(Object.keys(client).sort()).toEqual([...API_METHODS, 'onWorkspaceChanged'].sort());
    expect(await client.getDeal({ id: 'acme' })).toEqual({ name: 'getDeal', input: { id: 'acme' } });
    const error: unknown = await client.saveDeal({ deal: {} as never }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('conflict');
  });
});
