import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('describes every minutes route in the OpenAPI document, tagged, with request bodies for the writes', async () => {
  const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  const paths = response.json().paths as Record<
    string,
    Record<string, { tags?: string[]; requestBody?: object }>
  >;
  const minutes = Object.entries(paths).filter(([p]) => /^\/api\/(minutes|events\/\{id\}\/minutes)/.test(p));
  expect(minutes.length).toBeGreaterThanOrEqual(13);
  for (const [path, operations] of minutes) {
    for (const [method, op] of Object.entries(operations)) {
      expect(op.tags, `${method} ${path}`).toEqual(['minutes']);
      if (method === 'post' || method === 'put')
        expect(op, `${method} ${path}`).toHaveProperty('requestBody');
    }
  }
});
