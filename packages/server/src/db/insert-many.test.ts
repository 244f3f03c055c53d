import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/database.ts';
import type { DatabaseHandle } from './database.ts';
import { insertMany } from './insert-many.ts';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

describe('insertMany', () => {
  it('writes every column as the Kysely insert would: jsonb from JSON text or an object, arrays, dates, nulls', async () => {
    const db = database.db;
    const id = randomUUID();
    const at = new Date('2026-11-26T23:00:00.123Z');
    await insertMany(db, 'organisations', [
      {
        id,
        kind: 'diaspora_org',
        visibility: 'public',
        communities: ['kk', 'ky'],
        description: JSON.stringify({ en: { value: 'Quote " and \\ backslash', status: 'original' } }),
        created_at: at,
        updated_at: at,
      },
    ] as never);
    const org = await db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(org).toMatchObject({ kind: 'diaspora_org', communities: ['kk', 'ky'], website: null });
    expect(org.description).toEqual({ en: { value: 'Quote " and \\ backslash', status: 'original' } });
    expect(new Date(org.created_at).toISOString()).toBe(at.toISOString());

    const entityId = randomUUID();
    await insertMany(db, 'audit_log', [
      { action: 'test.text', entity_type: 'test', entity_id: entityId, after: JSON.stringify({ n: 1 }) },
      { action: 'test.object', entity_type: 'test', entity_id: entityId, after: { n: [2, 'ü'] } as never },
      { action: 'test.null', entity_type: 'test', entity_id: entityId, after: null },
    ]);
    const entries = await db
      .selectFrom('audit_log')
      .select(['action', 'after', 'at'])
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute();
    // In the order given (ids from the identity), the default `at` filled in.
    expect(entries.map((e) => [e.action, e.after])).toEqual([
      ['test.text', { n: 1 }],
      ['test.object', { n: [2, 'ü'] }],
      ['test.null', null],
    ]);
    expect(entries.every((e) => e.at instanceof Date)).toBe(true);
  });

  it('lets rows that set different columns take their defaults, and writes nothing for no rows', async () => {
    const db = database.db;
    const entityId = randomUUID();
    await insertMany(db, 'audit_log', []);
    await insertMany(db, 'audit_log', [
      { action: 'test.a', entity_type: 'test', entity_id: entityId, actor_label: 'someone' },
      { action: 'test.b', entity_type: 'test', entity_id: entityId },
    ]);
    const entries = await db
      .selectFrom('audit_log')
      .select(['action', 'actor_label'])
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute();
    expect(entries).toEqual([
      { action: 'test.a', actor_label: 'someone' },
      { action: 'test.b', actor_label: null },
    ]);
  });

  it('writes more rows than one statement carries', async () => {
    const db = database.db;
    const entityId = randomUUID();
    const rows = Array.from({ length: 12_001 }, (_, i) => ({
      action: `test.${i}`,
      entity_type: 'test',
      entity_id: entityId,
    }));
    await insertMany(db, 'audit_log', rows);
    const written = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', entityId)
      .orderBy('id')
      .execute();
    expect(written.map((r) => r.action)).toEqual(rows.map((r) => r.action));
  });
});
