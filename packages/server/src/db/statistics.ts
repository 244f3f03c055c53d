import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

// Planner statistics. PostgreSQL's autovacuum keeps them fresh on a server; PGlite runs no autovacuum,
// so without these calls a table filled after its creation keeps "never analysed" estimates and the
// planner can choose a plan a thousand times slower (a key lookup that scans name_keys by entity type).

/** Tables analysed when their statistics are missing or older than a tenth of their rows' changes. */
export const ANALYSED_TABLES = [
  'name_keys',
  'people',
  'person_names',
  'organisations',
  'organisation_names',
  'places',
  'place_names',
  'positions',
  'contacts',
  'audit_log',
] as const;

/**
 * Analyses those of `tables` whose statistics are missing or stale (changed rows since the last
 * analysis > 50 + 10 % of the rows, autovacuum's default rule); returns their names. Changes made in
 * the current transaction are not counted yet: a long writer calls {@link analyse} itself.
 */
export async function analyseStale(
  db: Kysely<Database>,
  tables: readonly string[] = ANALYSED_TABLES,
): Promise<string[]> {
  const { rows } = await sql<{ relname: string }>`
    select relname from pg_stat_user_tables
    where relname = any(${tables}::text[])
      and (coalesce(last_analyze, last_autoanalyze) is null
        or n_mod_since_analyze > 50 + 0.1 * n_live_tup)`.execute(db);
  const stale = rows.map((r) => r.relname);
  await analyse(db, stale);
  return stale;
}

/** Analyses `tables` now (inside a transaction too: it then sees that transaction's rows). */
export async function analyse(db: Kysely<Database>, tables: readonly string[]): Promise<void> {
  if (tables.length) await sql`analyze ${sql.join(tables.map((t) => sql.id(t)))}`.execute(db);
}

/** The number of rows in `table` by the statistics (an estimate; 0 when never counted). */
export async function estimatedRows(db: Kysely<Database>, table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select greatest(n_live_tup, 0)::float8 as n from pg_stat_user_tables where relname = ${table}`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}
