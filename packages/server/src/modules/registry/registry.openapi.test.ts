import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('describes every registry route in the OpenAPI document, tagged, with its schemas', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  const paths = response.json().paths as Record<
    string,
    Record<string, { tags?: string[]; responses?: object }>
  >;
  const registry = Object.entries(paths).filter(([p]) =>
    /^\/api\/(organisations|people|countries|places)/.test(p),
  );
  expect(registry.length).toBeGreaterThanOrEqual(13);
  for (const [path, operations] of registry) {
    for (const [method, op] of Object.entries(operations)) {
      expect(op.tags, `${method} ${path}`).toEqual(['registry']);
      expect(Object.keys(op.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
    }
  }
  expect(paths['/api/organisations']?.post).toHaveProperty('requestBody');
});
