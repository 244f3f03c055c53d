// Shared by the search benchmarks: an app on a given database, and percentiles.
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import type { DatabaseHandle } from '../packages/server/src/db/database.ts';

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
