// Shared by the search benchmarks: an app on a given database, and percentiles.
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import type { DatabaseHandle } from '../packages/server/src/db/database.ts';
import { hashPassword } from '../packages/server/src/modules/accounts/passwords.ts';

/** A Köprü app on an open, migrated database: no demo data, no web bundle, silent. */
export async function benchApp(database: DatabaseHandle): Promise<FastifyInstance> {
  const config = loadConfig({
    SESSION_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    KOPRU_DEMO: '0',
    KOPRU_DATA_DIR: tmpdir(),
    PUBLIC_URL: 'http://localhost:3000',
    KOPRU_WEB_DIST: '/nonexistent',
  });
  const app = await buildApp(config, database, { logger: false });
  await app.ready();
  return app;
}

export interface Hit {
  type: string;
  id: string;
  label: string;
  score: number;
  matched: string;
}

/** GET /api/search, as the public or as the holder of `cookie`. */
export async function searchApi(
  app: FastifyInstance,
  q: string,
  limit = 10,
  types?: string,
  cookie?: string,
): Promise<Hit[]> {
  const params = new URLSearchParams({ q, limit: String(limit), ...(types ? { types } : {}) });
  const response = await app.inject({
    method: 'GET',
    url: `/api/search?${params}`,
    headers: cookie ? { cookie } : {},
  });
  if (response.statusCode !== 200) throw new Error(`search ${q}: ${response.statusCode} ${response.body}`);
  return response.json().results;
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export const machine = async () => {
  const os = await import('node:os');
  return `${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
};

const BENCH_PASSWORD = 'bench password that is long enough';

/** A secretariat account (of an unnamed body, so it adds nothing searchable), signed in; its cookie. */
export async function secretariatCookie(app: FastifyInstance, handle: DatabaseHandle): Promise<string> {
  const db = handle.db;
  const body = await db
    .insertInto('organisations')
    .values({ kind: 'state_body' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const account = await db
    .insertInto('accounts')
    .values({
      email: 'bench@example.org',
      display_name: 'Bench',
      password_hash: await hashPassword(BENCH_PASSWORD),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('role_grants')
    .values({ account_id: account.id, role: 'secretariat', organisation_id: body.id })
    .execute();
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: 'http://localhost:3000' },
    payload: { email: 'bench@example.org', password: BENCH_PASSWORD },
  });
  const cookie = response.cookies.find((c) => c.name === 'kopru_session');
  if (!cookie) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return `kopru_session=${cookie.value}`;
}
