import { expect, test } from '../support/test.ts';

/** Splits a Content-Security-Policy header into its directives: name → source list. */
function directives(csp: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) result.set(name.toLowerCase(), sources);
  }
  return result;
}

test.describe('what the server promises every browser', () => {
  test('the app is served with strict security headers', async ({ request }) => {
    const response = await request.get('/');
    expect(response.status()).toBe(200);
    const headers = response.headers();

    const csp = headers['content-security-policy'];
    expect(csp, 'a Content-Security-Policy header').toBeTruthy();
    const policy = directives(csp ?? '');
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    const scriptSources = policy.get('script-src') ?? policy.get('default-src');
    expect(scriptSources, 'script-src (or default-src)').toBeDefined();
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(scriptSources).not.toContain("'unsafe-eval'");

    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toMatch(
      /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
    );
  });

  test('a sign-in posted from another site is refused', async ({ request, baseURL }) => {
    const credentials = { email: 'nobody@example.org', password: 'not the password' };

    const forged = await request.post('/api/auth/login', {
      headers: { Origin: 'https://evil.example' },
      data: credentials,
    });
    expect(forged.status()).toBe(403);
    expect((await forged.json()).code).toBe('CSRF_REJECTED');

    // The same request from the app's own origin reaches the credential check: the origin made the difference.
    const own = await request.post('/api/auth/login', {
      headers: { Origin: baseURL ?? '' },
      data: credentials,
    });
    expect(own.status()).toBe(401);
    expect((await own.json()).code).toBe('INVALID_CREDENTIALS');
  });
});
