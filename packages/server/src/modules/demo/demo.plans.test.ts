import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { seedDemoPlans } from './demo.plans.ts';
import { seedDemoData } from './demo.service.ts';

const silent = pino({ level: 'silent' });
let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kopru-demo-plans-'));
  t = await createTestApp({ KOPRU_DATA_DIR: dataDir });
  await seedDemoData(t.deps, silent, () => {});
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const get = async (url: string) => {
  const response = await t.app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
type Item = { code: string; [key: string]: unknown };
const itemsOf = async (year: number) => {
  const [plan] = (await get(`/api/plans?year=${year}`)).items;
  return { plan, items: (await get(`/api/plans/${plan.id}/items`)).items as Item[] };
};
const byCode = (items: Item[], code: string) => items.find((i) => i.code === code) as Item;

describe('demo plans', () => {
  it('hold the 2019 joint action plan of the press release, adopted at the Baku Contact Group meeting', async () => {
    const { plan, items } = await itemsOf(2019);
    const detail = await get(`/api/plans/${plan.id}`);
    expect(detail).toMatchObject({
      title: { en: 'Joint Action Plan of the member states in the field of diaspora for 2019' },
      visibility: 'public',
      owner: { name: 'Secretariat of the Organization of Turkic States' },
      adoptedAt: { event: { reference: 'CG-5' } },
    });
    expect(byCode(items, '1.1')).toMatchObject({
      status: 'done',
      progress: 100,
      evidence: [{ type: 'event' }],
    });
    expect(byCode(items, '2.1')).toMatchObject({
      responsible: [{ name: 'YTB' }],
      region: { en: 'one of the European countries' },
      period: { text: 'March 2019', start: '2019-03-01', end: '2019-03-31', precision: 'month' },
      decisions: [{ reference: 'CG-5/1' }],
      progress: 100,
    });
    expect(byCode(items, '2.2')).toMatchObject({
      countries: ['US'],
      period: { text: 'the end of May and the beginning of June', start: '2019-05-21', end: '2019-06-10' },
      decisions: [{ reference: 'CG-5/2' }],
      progress: 50,
      progressMode: 'rollup',
    });
    expect((byCode(items, '2.2').responsible as { id: string }[]).length).toBe(1);
    expect(byCode(items, '2')).toMatchObject({ progress: 75 }); // (100 + 50) / 2
    expect(plan.progress).toBe(80); // (100×1 + 75×3 + 75×1) / 5
  });

  it('hold the 2018 plan with the State Committee’s progress updates dated in 2018', async () => {
    const { items } = await itemsOf(2018);
    const first = await get(`/api/plan-items/${byCode(items, '1').id}`);
    expect(first.progressUpdates.map((u: { date: string }) => u.date)).toEqual(['2018-12-20', '2018-06-15']);
    expect(first.progressUpdates[0].organisation.name).toBe('SCWD');
    const linked = await t.database.db
      .selectFrom('decision_follow_ups')
      .select('target_id')
      .where('target_type', '=', 'plan_item')
      .execute();
    expect(linked.length).toBe(3);
  });

  it('load once: a second run changes nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('plan_items')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect(await seedDemoPlans(t.deps.db, silent)).toBe(false);
    expect(await seedDemoData(t.deps, silent, () => {})).toBe(false);
    expect(await count()).toBe(before);
  });
});
