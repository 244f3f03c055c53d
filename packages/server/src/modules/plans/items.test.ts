import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CONTEXT } from '../../lib/request-context.ts';
import { createItem } from './items.write.ts';
import { buildPlansWorld, type PlansWorld } from './plans.fixtures.ts';
import { findPlan } from './plans.repository.ts';
import { recomputeRollups } from './plans.rollup.ts';

let w: PlansWorld;
let planId: string;

beforeAll(async () => {
  w = await buildPlansWorld();
  planId = await w.plan('public');
});
afterAll(() => w.t.close());

const codes = async (id: string) =>
  ((await w.ok('anonymous', 'GET', `/api/plans/${id}/items`)).items as { code: string }[]).map((i) => i.code);
const progressOf = async (itemId: string) =>
  (await w.ok('anonymous', 'GET', `/api/plan-items/${itemId}`)).progress;
const planProgress = async (id: string) => (await w.ok('anonymous', 'GET', `/api/plans/${id}`)).progress;

describe('item codes', () => {
  it('gives the next code among siblings, keeps numeric order, and moves descendants with their parent', async () => {
    const id = await w.plan('public');
    const one = await w.item(id, {});
    const two = await w.item(id, {});
    expect([one.code, two.code]).toEqual(['1', '2']);
    const a = await w.item(id, { parentId: one.id });
    await w.item(id, { parentId: one.id });
    await w.item(id, { code: '1.10' });
    const deep = await w.item(id, { parentId: a.id });
    expect(deep.code).toBe('1.1.1');
    expect(await codes(id)).toEqual(['1', '1.1', '1.1.1', '1.2', '1.10', '2']);
    const moved = await w.ok('secretariat', 'PATCH', `/api/plan-items/${a.id}`, { parentId: two.id });
    expect(moved).toMatchObject({ code: '2.1', parentId: two.id, depth: 1 });
    expect(await codes(id)).toEqual(['1', '1.2', '1.10', '2', '2.1', '2.1.1']);
  });
});

describe('concurrent creates', () => {
  it('give consecutive codes, none twice (the plan is locked while an item is placed)', async () => {
    const id = await w.plan('public');
    const created = await Promise.all([1, 2, 3, 4, 5].map(() => w.item(id, {})));
    expect(created.map((i) => i.code).sort()).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('the roll-up', () => {
  it('weights a three-level tree, keeps a manual parent, follows a move and a delete', async () => {
    const id = await w.plan('public');
    const a = await w.item(id, {});
    const b = await w.item(id, { parentId: a.id, progress: 20 });
    const c = await w.item(id, { parentId: a.id, weight: 3 });
    const c1 = await w.item(id, { parentId: c.id, progress: 100 });
    const c2 = await w.item(id, { parentId: c.id, progress: 0 });
    const top2 = await w.item(id, { progress: 10, weight: 1 });
    expect(await progressOf(c.id)).toBe(50);
    expect(await progressOf(a.id)).toBe(43); // (20×1 + 50×3) / 4 = 42.5, rounded half up
    expect(await planProgress(id)).toBe(27); // (43 + 10) / 2 = 26.5
    const manual = await w.ok('secretariat', 'PATCH', `/api/plan-items/${c.id}`, { progress: 80 });
    expect(manual).toMatchObject({ progress: 80, progressMode: 'manual' });
    expect(await progressOf(a.id)).toBe(65);
    await w.ok('secretariat', 'PATCH', `/api/plan-items/${c2.id}`, { progress: 40 });
    expect(await progressOf(c.id)).toBe(80);
    await w.ok('secretariat', 'PATCH', `/api/plan-items/${c.id}`, { progressMode: 'rollup' });
    expect(await progressOf(c.id)).toBe(70);
    await w.ok('secretariat', 'PATCH', `/api/plan-items/${c2.id}`, { parentId: b.id });
    expect([await progressOf(b.id), await progressOf(c.id), await progressOf(a.id)]).toEqual([40, 100, 85]);
    await w.ok('secretariat', 'PATCH', `/api/plan-items/${top2.id}`, { weight: 3 });
    expect(await planProgress(id)).toBe(29); // (85×1 + 10×3) / 4 = 28.75
    await w.ok('secretariat', 'DELETE', `/api/plan-items/${b.id}`);
    expect(await codes(id)).toEqual(['1', '1.2', '1.2.1', '2']);
    expect(await progressOf(a.id)).toBe(100);
    await w.ok('secretariat', 'DELETE', `/api/plan-items/${c1.id}`);
    expect(await progressOf(a.id)).toBe(100);
  });

  it('leaves cancelled children out of the roll-up', async () => {
    const id = await w.plan('public');
    const a = await w.item(id, {});
    await w.item(id, { parentId: a.id, progress: 100 });
    await w.item(id, { parentId: a.id, progress: 0, status: 'cancelled' });
    expect(await progressOf(a.id)).toBe(100);
  });
});

describe('the item steps in a transaction', () => {
  it('may leave the roll-up to one recomputation at the end (imports)', async () => {
    const id = await w.plan('public');
    const parent = await w.item(id, {});
    const db = w.t.database.db;
    await db.transaction().execute(async (trx) => {
      const plan = await findPlan(trx, id);
      if (!plan) throw new Error('the plan exists');
      for (const progress of [100, 50]) {
        await createItem(
          trx,
          SYSTEM_CONTEXT,
          plan,
          { parentId: parent.id, title: { en: 'x' }, progress },
          { rollUp: false },
        );
      }
      const before = await trx
        .selectFrom('plan_items')
        .select('progress')
        .where('id', '=', parent.id)
        .executeTakeFirstOrThrow();
      expect(before.progress).toBe(0);
      await recomputeRollups(trx, plan.id);
    });
    expect(await progressOf(parent.id)).toBe(75);
    expect(await planProgress(id)).toBe(75);
  });
});

describe('bad input', () => {
  it('refuses and writes nothing: unknown field, progress 101, weight 0, unknown body, a taken code, a cycle', async () => {
    const id = await w.plan('public');
    const parent = await w.item(id, {});
    const child = await w.item(id, { parentId: parent.id });
    const history = async () =>
      (await w.ok('anonymous', 'GET', `/api/plan-items/${parent.id}/history`)).total;
    const [codesBefore, historyBefore] = [await codes(id), await history()];
    const cases: [string, string, object, number, string, string?][] = [
      ['POST', `/api/plans/${id}/items`, { title: { en: 'x' }, colour: 'red' }, 400, 'VALIDATION_FAILED'],
      ['POST', `/api/plans/${id}/items`, { title: { en: 'x' }, progress: 101 }, 400, 'VALIDATION_FAILED'],
      ['POST', `/api/plans/${id}/items`, { title: { en: 'x' }, weight: 0 }, 400, 'VALIDATION_FAILED'],
      [
        'POST',
        `/api/plans/${id}/items`,
        { title: { en: 'x' }, responsibleIds: [id] },
        400,
        'VALIDATION_FAILED',
        'body.responsibleIds.0',
      ],
      ['POST', `/api/plans/${id}/items`, { title: { en: 'x' }, code: '1' }, 409, 'ALREADY_EXISTS'],
      [
        'POST',
        `/api/plans/${id}/items`,
        { title: { en: 'x' }, code: '7.1' },
        400,
        'VALIDATION_FAILED',
        'body.code',
      ],
      ['PATCH', `/api/plan-items/${child.id}`, { code: '1' }, 409, 'ALREADY_EXISTS'],
      [
        'PATCH',
        `/api/plan-items/${parent.id}`,
        { parentId: child.id },
        400,
        'VALIDATION_FAILED',
        'body.parentId',
      ],
      [
        'PATCH',
        `/api/plan-items/${parent.id}`,
        { parentId: parent.id },
        400,
        'VALIDATION_FAILED',
        'body.parentId',
      ],
      [
        'PATCH',
        `/api/plan-items/${parent.id}`,
        { periodText: 'whenever it suits' },
        400,
        'PERIOD_NOT_UNDERSTOOD',
        'body.periodText',
      ],
      [
        'PATCH',
        `/api/plan-items/${parent.id}`,
        { evidence: [{ type: 'event', id }] },
        400,
        'VALIDATION_FAILED',
        'body.evidence.0.id',
      ],
    ];
    for (const [method, url, body, status, code, path] of cases) {
      const response = await w.call('secretariat', method as 'POST', url, body);
      expect([response.statusCode, response.json().code], JSON.stringify(body)).toEqual([status, code]);
      if (path) expect(response.json().errors[0].path).toBe(path);
    }
    expect([await codes(id), await history()]).toEqual([codesBefore, historyBefore]);
  });
});

describe('periods, bodies, decisions and evidence', () => {
  it('parses the period with the plan’s start, accepts given dates, links decisions and evidence', async () => {
    const event = await w.ok('agency_editor', 'POST', '/api/events', {
      kind: 'exchange_of_experience',
      title: { en: 'Exchange of experience' },
      startDate: '2019-02-08',
      endDate: '2019-02-08',
      placeId: w.places.baku,
      ownerOrgId: w.orgs.agencyA,
      visibility: 'public',
    });
    const decision = await w.ok('agency_editor', 'POST', `/api/events/${event.id}/decisions`, {
      text: { en: 'To hold a training' },
    });
    const item = await w.item(planId, {
      title: { en: 'Training in one of the European countries' },
      region: { en: 'one of the European countries' },
      responsibleIds: [w.orgs.agencyB],
      supportingIds: [w.orgs.agencyA],
      countries: ['DE', 'AT'],
      periodText: 'March 2019',
      indicators: [{ name: { en: 'Participants' }, target: 30, unit: 'people' }],
      decisionIds: [decision.id],
      evidence: [{ type: 'event', id: event.id }],
    });
    expect(item).toMatchObject({
      responsible: [{ id: w.orgs.agencyB }],
      supporting: [{ id: w.orgs.agencyA }],
      countries: ['DE', 'AT'],
      region: { en: 'one of the European countries' },
      period: { text: 'March 2019', lang: 'en', start: '2019-03-01', end: '2019-03-31', precision: 'month' },
      indicators: [{ name: { en: 'Participants' }, target: 30, actual: null, unit: 'people' }],
      decisions: [{ id: decision.id, reference: '#1', eventId: event.id }],
      evidence: [{ type: 'event', id: event.id, label: 'Exchange of experience' }],
      overdue: true,
    });
    const fuzzy = await w.ok('secretariat', 'PATCH', `/api/plan-items/${item.id}`, {
      periodText: 'somewhere around spring',
      periodStart: '2019-03-01',
      periodEnd: '2019-05-31',
      evidence: [{ type: 'programme', id: planId }],
    });
    // Programmes come in issue 6: their ids are kept as given, without a label.
    expect(fuzzy.evidence).toEqual([{ type: 'programme', id: planId, label: null }]);
    expect(fuzzy.period).toEqual({
      text: 'somewhere around spring',
      lang: 'en',
      start: '2019-03-01',
      end: '2019-05-31',
      precision: 'day',
    });
    const followUps = await w.t.database.db
      .selectFrom('decision_follow_ups')
      .selectAll()
      .where('target_id', '=', item.id)
      .execute();
    expect(followUps.map((f) => [f.decision_id, f.target_type])).toEqual([[decision.id, 'plan_item']]);
    await w.ok('secretariat', 'DELETE', `/api/plan-items/${item.id}`);
    const left = await w.t.database.db
      .selectFrom('decision_follow_ups')
      .selectAll()
      .where('target_id', '=', item.id)
      .execute();
    expect(left).toEqual([]);
    await w.ok('anonymous', 'GET', `/api/plan-items/${item.id}`, undefined, 404);
  });
});
