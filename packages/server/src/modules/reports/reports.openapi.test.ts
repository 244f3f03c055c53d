import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('describes the four report routes in the OpenAPI document, tagged, the reads with their response', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  const paths = response.json().paths as Record<
    string,
    Record<string, { tags?: string[]; responses?: object }>
  >;
  const reports = Object.keys(paths).filter((p) => p.startsWith('/api/reports/'));
  expect(reports.sort()).toEqual([
    '/api/reports/network',
    '/api/reports/network/export',
    '/api/reports/organisations/{id}',
    '/api/reports/organisations/{id}/export',
  ]);
  for (const path of reports) expect(paths[path]?.get?.tags, path).toEqual(['reports']);
  expect(paths['/api/reports/network']?.get?.responses).toHaveProperty('200');
  expect(paths['/api/reports/organisations/{id}']?.get?.responses).toHaveProperty('200');
});
