import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/database.ts';
import type { DatabaseHandle } from '../../db/database.ts';

let database: DatabaseHandle;
let planId: string;
beforeAll(async () => {
  database = await freshDatabase();
  const plan = await database.db
    .insertInto('plans')
    .values({
      title: JSON.stringify({ en: { value: 'P', status: 'original' } }),
      period_start: '2019-01-01',
      period_end: '2019-12-31',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  planId = plan.id;
});
afterAll(() => database.close());

const title = JSON.stringify({ en: { value: 'x', status: 'original' } });

describe('the plans tables', () => {
  it('sort codes numerically per part (1, 1.2, 1.10, 2, 10) through the generated key', async () => {
    const db = database.db;
    for (const code of ['10', '1.10', '2', '1', '1.2']) {
      await db.insertInto('plan_items').values({ plan_id: planId, code, title }).execute();
    }
    const rows = await db
      .selectFrom('plan_items')
      .select('code')
      .where('plan_id', '=', planId)
      .orderBy('code_key')
      .execute();
    expect(rows.map((r) => r.code)).toEqual(['1', '1.2', '1.10', '2', '10']);
  });

  it('refuse a taken code, a malformed code, progress 101 and weight 0', async () => {
    const db = database.db;
    const bad = [{ code: '1' }, { code: '1.a' }, { code: '7', progress: 101 }, { code: '8', weight: 0 }];
    for (const values of bad) {
      await expect(
        db
          .insertInto('plan_items')
          .values({ plan_id: planId, title, ...values })
          .execute(),
      ).rejects.toThrow();
    }
  });

  it('delete the descendants of a deleted item', async () => {
    const db = database.db;
    const parent = await db
      .insertInto('plan_items')
      .values({ plan_id: planId, code: '50', title })
      .returning('id')
      .executeTakeFirstOrThrow();
    const child = await db
      .insertInto('plan_items')
      .values({ plan_id: planId, code: '50.1', parent_id: parent.id, title })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('plan_items')
      .values({ plan_id: planId, code: '50.1.1', parent_id: child.id, title })
      .execute();
    await db.deleteFrom('plan_items').where('id', '=', parent.id).execute();
    const left = await db.selectFrom('plan_items').select('code').where('code', 'like', '50%').execute();
    expect(left).toEqual([]);
  });
});
