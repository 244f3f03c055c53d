import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { insertSession } from '../accounts/sessions.repository.ts';
import { runHousekeeping } from './housekeeping.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('housekeeping', () => {
  it('removes expired sessions only, and analyses tables whose statistics are stale', async () => {
    const db = t.database.db;
    const account = await buildAccount(db);
    const now = new Date();
    await insertSession(db, {
      id: 'expired',
      accountId: account.id,
      expiresAt: new Date(now.getTime() - 1000),
      ip: null,
      userAgent: null,
    });
    await insertSession(db, {
      id: 'live',
      accountId: account.id,
      expiresAt: new Date(now.getTime() + 3600_000),
      ip: null,
      userAgent: null,
    });
    await sql`insert into audit_log (action, entity_type) select 'test.row', 'test' from generate_series(1, 200)`.execute(
      db,
    );
    await sql`select pg_stat_force_next_flush()`.execute(db);

    const { sessions, analysed } = await runHousekeeping(t.deps, now);
    expect(sessions).toBe(1);
    const left = await db.selectFrom('sessions').select('id').execute();
    expect(left.map((s) => s.id)).toEqual(['live']);
    // On a server autovacuum may have analysed it first; PGlite has none.
    if (t.database.kind === 'pglite') expect(analysed).toContain('audit_log');
    expect((await runHousekeeping(t.deps, now)).analysed).not.toContain('audit_log');
  });
});
