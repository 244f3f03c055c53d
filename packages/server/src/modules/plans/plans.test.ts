import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlansWorld, type PlansWorld } from './plans.fixtures.ts';

let w: PlansWorld;
let planId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  w = await buildPlansWorld();
  planId = await w.plan('public');
  const add = async (key: string, body: object) => {
    ids[key] = (await w.item(planId, body)).id;
  };
  await add('a', {
    title: { en: 'Training in Europe' },
    responsibleIds: [w.orgs.agencyA],
    countries: ['DE'],
    periodText: 'March 2019',
  });
  await add('b', {
    title: { en: 'Training in the USA', az: { value: 'ABŞ-da təlim', status: 'human' } },
    responsibleIds: [w.orgs.agencyB],
    countries: ['US'],
    status: 'done',
    progress: 100,
  });
  await add('c', {
    title: { en: 'Remembrance' },
    responsibleIds: [w.orgs.agencyA, w.orgs.agencyB],
    status: 'in_progress',
    periodStart: '2099-01-01',
    periodEnd: '2099-12-31',
  });
});
afterAll(() => w.t.close());

const codesOf = async (query: string, who: 'anonymous' | 'agency_editor' = 'anonymous') =>
  ((await w.ok(who, 'GET', `/api/plans/${planId}/items?${query}`)).items as { id: string }[]).map(
    (i) => i.id,
  );

describe('plans', () => {
  it('are created with defaults, changed, listed by year and audited', async () => {
    const created = await w.ok('secretariat', 'POST', '/api/plans', {
      title: { en: 'Plan 2020', tr: { value: '2020 Planı', status: 'human' } },
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
    });
    expect(created).toMatchObject({
      title: { en: 'Plan 2020', tr: '2020 Planı' },
      owner: { id: w.orgs.network },
      visibility: 'network',
      progress: 0,
      items: 0,
      canEdit: true,
      adoptedAt: { event: null, decision: null },
    });
    const changed = await w.ok('secretariat', 'PATCH', `/api/plans/${created.id}`, {
      visibility: 'public',
      description: { en: 'Why' },
    });
    expect(changed).toMatchObject({ visibility: 'public', description: { en: 'Why' } });
    const bad = await w.call('secretariat', 'PATCH', `/api/plans/${created.id}`, { periodEnd: '2019-01-01' });
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.periodEnd' }] });
    const in2020 = await w.ok('anonymous', 'GET', '/api/plans?year=2020');
    expect(in2020.items.map((p: { id: string }) => p.id)).toEqual([created.id]);
    const all = await w.ok('anonymous', 'GET', '/api/plans');
    expect(all.items[0].id).toBe(created.id); // newest period first
    const history = await w.ok('member', 'GET', `/api/plans/${created.id}/history`);
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['plan.updated', 'plan.created']);
  });

  it('count their items and show the roll-up', async () => {
    expect(await w.ok('anonymous', 'GET', `/api/plans/${planId}`)).toMatchObject({ items: 3, progress: 33 });
  });
});

describe('the item list', () => {
  it('filters by responsible body, country, status, overdue, mine and text in any language', async () => {
    expect(await codesOf('')).toEqual([ids.a, ids.b, ids.c]);
    expect(await codesOf(`responsible=${w.orgs.agencyB}`)).toEqual([ids.b, ids.c]);
    expect(await codesOf('country=US')).toEqual([ids.b]);
    expect(await codesOf('status=in_progress')).toEqual([ids.c]);
    expect(await codesOf('overdue=true')).toEqual([ids.a]);
    expect(await codesOf('mine=true', 'agency_editor')).toEqual([ids.a, ids.c]);
    expect(await codesOf('mine=true')).toEqual([]);
    expect(await codesOf('q=abş')).toEqual([ids.b]);
    expect(await codesOf('q=3')).toEqual([ids.c]);
    expect((await w.call('anonymous', 'GET', `/api/plans/${planId}/items?colour=red`)).statusCode).toBe(400);
  });

  it('has a matrix of responsible body × status', async () => {
    const matrix = await w.ok('anonymous', 'GET', `/api/plans/${planId}/matrix`);
    // Bodies by name: the factory's abbreviations sort agency A first.
    expect(matrix.statuses).toEqual(['planned', 'in_progress', 'done', 'postponed', 'cancelled']);
    expect(matrix.rows).toEqual([
      {
        organisation: { id: w.orgs.agencyA, name: expect.any(String) },
        counts: { planned: 1, in_progress: 1, done: 0, postponed: 0, cancelled: 0 },
        overdue: 1,
        total: 2,
      },
      {
        organisation: { id: w.orgs.agencyB, name: expect.any(String) },
        counts: { planned: 0, in_progress: 1, done: 1, postponed: 0, cancelled: 0 },
        overdue: 0,
        total: 2,
      },
    ]);
  });
});

describe('the item detail', () => {
  it('shows its plan, ancestors and children', async () => {
    const child = await w.item(planId, { parentId: ids.c, title: { en: 'Child' } });
    const grandchild = await w.item(planId, { parentId: child.id, title: { en: 'Grandchild' } });
    const detail = await w.ok('anonymous', 'GET', `/api/plan-items/${child.id}`);
    expect(detail).toMatchObject({
      code: '3.1',
      depth: 1,
      plan: { id: planId },
      ancestors: [{ id: ids.c, code: '3', title: { en: 'Remembrance' } }],
      children: [{ id: grandchild.id, code: '3.1.1', depth: 2 }],
      progressUpdates: [],
    });
  });
});

it('describes every plans route in the OpenAPI document', async () => {
  const response = await w.t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  const paths = Object.keys(response.json().paths).filter((p) => /^\/api\/(plans|plan-items)/.test(p));
  for (const path of [
    '/api/plans',
    '/api/plans/{id}',
    '/api/plans/{id}/history',
    '/api/plans/{id}/matrix',
    '/api/plans/{id}/items',
    '/api/plan-items/{id}',
    '/api/plan-items/{id}/updates',
    '/api/plan-items/{id}/history',
  ]) {
    expect(paths, path).toContain(path);
  }
});
