import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, buildUrl, onUnauthenticated, request } from './client';

function problem(status: number, body: object, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('request', () => {
  it('sends JSON with same-origin credentials and parses the reply', async () => {
    const fetchMock = vi.fn(async () => Response.json({ ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(request('/api/x', { method: 'POST', body: { a: 1 } })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/x');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"a":1}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('returns undefined for an empty 204', async () => {
    vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
    await expect(request('/api/x', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('turns problem details into an ApiError with field errors', async () => {
    vi.stubGlobal('fetch', async () =>
      problem(400, {
        type: 'about:blank',
        title: 'Validation failed',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'newPassword', message: 'too short' }],
      }),
    );
    const error = await request('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      status: 400,
      fieldErrors: [{ path: 'newPassword', message: 'too short' }],
    });
  });

  it('reads retryAfter from the body or the Retry-After header', async () => {
    vi.stubGlobal('fetch', async () => problem(429, { code: 'THROTTLED' }, { 'Retry-After': '42' }));
    await expect(request('/api/x')).rejects.toMatchObject({ code: 'THROTTLED', retryAfter: 42 });
    vi.stubGlobal('fetch', async () => problem(429, { code: 'THROTTLED', retryAfter: 7 }));
    await expect(request('/api/x')).rejects.toMatchObject({ retryAfter: 7 });
  });

  it('maps a non-JSON failure and a network failure to codes', async () => {
    vi.stubGlobal('fetch', async () => new Response('<html>', { status: 502 }));
    await expect(request('/api/x')).rejects.toMatchObject({ code: 'HTTP_502', status: 502 });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(request('/api/x')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });

  it('notifies 401 listeners unless the call is quiet', async () => {
    const listener = vi.fn();
    const off = onUnauthenticated(listener);
    vi.stubGlobal('fetch', async () => problem(401, { code: 'UNAUTHENTICATED' }));
    await request('/api/x').catch(() => undefined);
    await request('/api/x', { quiet401: true }).catch(() => undefined);
    off();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('buildUrl', () => {
  it('leaves out empty values and encodes the rest', () => {
    expect(buildUrl('/api/audit', { limit: 20, offset: 0, actor: '', action: 'a b&c', to: undefined })).toBe(
      '/api/audit?limit=20&offset=0&action=a+b%26c',
    );
    expect(buildUrl('/api/x')).toBe('/api/x');
  });
});
