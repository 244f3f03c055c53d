import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/database.ts';
import type { DatabaseHandle } from '../../db/database.ts';

let database: DatabaseHandle;
let programmeId: string;
let personId: string;
const title = JSON.stringify({ en: { value: 'Training', status: 'original' } });

beforeAll(async () => {
  database = await freshDatabase();
  const db = database.db;
  programmeId = (
    await db
      .insertInto('programmes')
      .values({ kind: 'training', title })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  personId = (await db.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(() => database.close());

describe('the programmes tables', () => {
  it('hold one application per person and programme (the unique index)', async () => {
    const db = database.db;
    await db.insertInto('applications').values({ programme_id: programmeId, person_id: personId }).execute();
    await expect(
      db.insertInto('applications').values({ programme_id: programmeId, person_id: personId }).execute(),
    ).rejects.toMatchObject({ code: '23505', constraint: 'applications_one_per_person' });
  });

  it('refuse a call that closes before it opens and a quota with two keys', async () => {
    const db = database.db;
    const at = new Date('2026-01-01T00:00:00Z');
    await expect(
      db
        .insertInto('calls')
        .values({
          programme_id: programmeId,
          opens_date: '2026-01-01',
          opens_time: '00:00',
          closes_date: '2026-01-01',
          closes_time: '00:00',
          time_zone: 'UTC',
          opens_at: at,
          closes_at: at,
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });
    await expect(
      db
        .insertInto('programme_quotas')
        .values({ programme_id: programmeId, country_code: 'DE', community: 'az', seats: 2 })
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });
  });
});
