import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { type DatabaseHandle, openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { Database } from '../src/db/schema.ts';

/** Which engine the integration suite runs on: `KOPRU_TEST_DB=postgres` (with TEST_DATABASE_URL) or PGlite. */
export const TEST_ENGINE: 'pglite' | 'postgres' =
  process.env.KOPRU_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test file. On PGlite it is loaded from the snapshot the
 * global set-up made (much faster than initdb); on PostgreSQL it is a new database on the
 * server, dropped by `close()`.
 */
export async function freshDatabase(): Promise<DatabaseHandle> {
  if (TEST_ENGINE === 'postgres') return freshPostgres();
  const snapshot = process.env.KOPRU_TEST_SNAPSHOT;
  if (!snapshot) {
    const handle = await openDatabase({ memory: true });
    await migrateToLatest(handle.db);
    return handle;
  }
  const client = await PGlite.create({
    loadDataDir: new Blob([readFileSync(snapshot)]),
    extensions: { pg_trgm, unaccent },
    parsers: { 1082: (v: string) => v, 20: (v: string) => Number(v) },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}

async function freshPostgres(): Promise<DatabaseHandle> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('KOPRU_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `kopru_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openDatabase({ url: base });
  await sql`create database ${sql.id(name)}`.execute(admin.db);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.href });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
      await admin.close();
    },
  };
}
