import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { pgliteTemplate } from './pglite-template.ts';
import type { Database } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: the Kysely handle, which engine is behind it, and how to close it. */
export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  /** The embedded engine, when it is PGlite (for its dump API: backups and test snapshots). */
  readonly pglite?: PGlite;
  close(): Promise<void>;
}

/** Where to find the database: a PostgreSQL URL, a PGlite data folder, or an in-memory PGlite. */
export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

// Both engines hand back the same JavaScript types: dates as 'YYYY-MM-DD' strings (no time-zone
// shift) and 64-bit integers as numbers (counts and ids stay far below 2^53).
const DATE_OID = 1082;
const INT8_OID = 20;

/**
 * Opens PostgreSQL (a server when given a URL, else embedded PGlite with pg_trgm and unaccent).
 * Does not migrate; call `migrateToLatest` next. `onIdleError` hears of server connections lost while idle.
 */
export async function openDatabase(
  target: DatabaseTarget,
  onIdleError: (error: Error) => void = () => {},
): Promise<DatabaseHandle> {
  if ('url' in target) {
    pg.types.setTypeParser(DATE_OID, (v) => v);
    pg.types.setTypeParser(INT8_OID, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection the server drops (restart, failover) must not crash the process; the
    // pool discards it and opens a new one on demand.
    pool.on('error', onIdleError);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dataDir = 'dataDir' in target ? join(target.dataDir, 'pgdata') : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const unlock = 'dataDir' in target ? lockDataDir(target.dataDir) : () => {};
  // A new data folder starts from the template `npm install` prepared, when there is one.
  const template = dataDir && !existsSync(join(dataDir, 'PG_VERSION')) ? pgliteTemplate() : undefined;
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      ...(template ? { loadDataDir: template } : {}),
      extensions: { pg_trgm, unaccent },
      parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
      serializers: { [types.INT8]: (v: unknown) => String(v) },
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    pglite: client,
    close: async () => {
      await db.destroy();
      if (!client.closed) await client.close();
      unlock();
    },
  };
}
