import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('describes every meetings route in the OpenAPI document, with its schemas', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  const paths = response.json().paths as Record<
    string,
    Record<string, { tags?: string[]; responses?: object }>
  >;
  const meetings = Object.entries(paths).filter(([p]) => /^\/api\/(series|events|decisions)/.test(p));
  expect(meetings.length).toBeGreaterThanOrEqual(14);
  for (const [path, operations] of meetings) {
    for (const [method, op] of Object.entries(operations)) {
      expect(Object.keys(op.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
    }
  }
  expect(paths['/api/events']?.post).toHaveProperty('requestBody');
  expect(paths['/api/people/{id}/participation']?.get?.tags).toEqual(['registry']);
});
