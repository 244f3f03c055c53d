import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.ts';
import type { AppDeps } from '../src/app-deps.ts';
import { type Config, loadConfig } from '../src/config.ts';
import type { DatabaseHandle } from '../src/db/database.ts';
import { freshDatabase } from './database.ts';

export const ORIGIN = 'http://localhost:3000';

/**
 * Settings for tests: a fixed secret, no demo data, no web bundle, and a data folder of the test
 * process's own (never the `./data` of a running app, whose files housekeeping would sweep).
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig(
    {
      SESSION_SECRET: 'test-secret-that-is-long-enough-0123456789',
      KOPRU_DEMO: '0',
      PUBLIC_URL: ORIGIN,
      KOPRU_WEB_DIST: '/nonexistent',
      KOPRU_DATA_DIR: join(tmpdir(), `kopru-test-data-${process.pid}`),
      ...overrides,
    },
    process.cwd(),
  );
}

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** A built app on a fresh migrated database (PGlite or PostgreSQL per KOPRU_TEST_DB). */
export async function createTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const config = testConfig(overrides);
  const app = await buildApp(config, database, { logger: false });
  await app.ready();
  return {
    app,
    database,
    deps: { db: database.db, config, dbKind: database.kind },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** The session cookie a response set, as a `cookie` header value. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'kopru_session');
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return `kopru_session=${cookie.value}`;
}
