import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { analyseStale, estimatedRows } from './statistics.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const lastAnalysed = async (table: string) =>
  (
    await sql<{ at: Date | null }>`select coalesce(last_analyze, last_autoanalyze) as at
      from pg_stat_user_tables where relname = ${table}`.execute(t.database.db)
  ).rows[0]?.at ?? null;

describe('planner statistics', () => {
  it('analyses a table changed since its last analysis, and leaves it while it stays fresh', async () => {
    await sql`insert into audit_log (action, entity_type) select 'test.row', 'test' from generate_series(1, 200)`.execute(
      t.database.db,
    );
    // The cumulative statistics system reports changes of committed transactions, now and then.
    await sql`select pg_stat_force_next_flush()`.execute(t.database.db);
    const analysed = await analyseStale(t.database.db, ['audit_log']);
    // On a server, autovacuum may have analysed it first; PGlite has none.
    if (t.database.kind === 'pglite') expect(analysed).toEqual(['audit_log']);
    const at = await lastAnalysed('audit_log');
    expect(at).not.toBeNull();
    expect(await estimatedRows(t.database.db, 'audit_log')).toBeGreaterThanOrEqual(200);
    expect(await analyseStale(t.database.db, ['audit_log'])).toEqual([]);
    expect(await lastAnalysed('audit_log')).toEqual(at);
  });
});
