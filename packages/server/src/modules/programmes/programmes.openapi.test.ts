import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('describes the programmes and applications routes in the OpenAPI document, tagged, with their responses', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  const paths = response.json().paths as Record<
    string,
    Record<string, { tags?: string[]; responses?: object }>
  >;
  const expected: [string, string, string][] = [
    ['/api/programmes', 'get', '200'],
    ['/api/programmes', 'post', '201'],
    ['/api/programmes/{id}', 'get', '200'],
    ['/api/programmes/{id}', 'patch', '200'],
    ['/api/programmes/{id}/call', 'put', '200'],
    ['/api/programmes/{id}/quotas', 'put', '200'],
    ['/api/programmes/{id}/applications', 'post', '201'],
    ['/api/programmes/{id}/applications', 'get', '200'],
    ['/api/me/applications', 'get', '200'],
    ['/api/applications/{id}', 'get', '200'],
    ['/api/applications/{id}', 'patch', '200'],
    ['/api/applications/{id}/submit', 'post', '200'],
    ['/api/applications/{id}/withdraw', 'post', '200'],
  ];
  for (const [path, method, status] of expected) {
    const operation = paths[path]?.[method];
    expect(operation?.tags, `${method} ${path}`).toEqual(['programmes']);
    expect(operation?.responses, `${method} ${path}`).toHaveProperty(status);
  }
});
