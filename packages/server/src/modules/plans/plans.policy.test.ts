import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLERS, type Caller } from '../registry/registry.fixtures.ts';
import { buildPlansWorld, type PlansWorld } from './plans.fixtures.ts';

// Who may do what with plans, per caller, on one world: the secretariat's network plan with an item
// agency A is responsible for (B supporting) and one B is responsible for; a public plan; a plan
// owned by agency A; an owner-only plan of agency B.

let w: PlansWorld;
const plans = {} as { network: string; public: string; ownedByA: string; ownerOnlyB: string };
let itemA: string;
let itemB: string;

beforeAll(async () => {
  w = await buildPlansWorld();
  plans.network = await w.plan('network');
  plans.public = await w.plan('public');
  plans.ownedByA = await w.plan('network', { ownerOrgId: w.orgs.agencyA });
  plans.ownerOnlyB = await w.plan('owner', { ownerOrgId: w.orgs.agencyB });
  itemA = (await w.item(plans.network, { responsibleIds: [w.orgs.agencyA], supportingIds: [w.orgs.agencyB] }))
    .id;
  itemB = (await w.item(plans.network, { responsibleIds: [w.orgs.agencyB] })).id;
});
afterAll(() => w.t.close());

const status = async (who: Caller, method: 'GET' | 'POST' | 'PATCH', url: string, body?: object) =>
  (await w.call(who, method, url, body)).statusCode;
const update = { date: '2019-03-20', text: { en: 'The training was held.' }, progress: 50 };

describe('progress updates', () => {
  it('are open to the plan’s editors and the admins and editors of a responsible body only', async () => {
    const expected: Record<Caller, [number, number]> = {
      anonymous: [401, 401],
      member: [403, 403],
      org_rep: [403, 403],
      agency_editor: [201, 403],
      adminA: [201, 403],
      agency_admin: [403, 201],
      editorB: [403, 201],
      secretariat: [201, 201],
    };
    for (const who of CALLERS) {
      const got = [
        await status(who, 'POST', `/api/plan-items/${itemA}/updates`, update),
        await status(who, 'POST', `/api/plan-items/${itemB}/updates`, update),
      ];
      expect(got, who).toEqual(expected[who]);
    }
  });

  it('agree with canUpdate, mine and canEdit in the views', async () => {
    for (const who of CALLERS.filter((c) => c !== 'anonymous')) {
      const { items } = await w.ok(who, 'GET', `/api/plans/${plans.network}/items`);
      for (const item of items) {
        const posted = await status(who, 'POST', `/api/plan-items/${item.id}/updates`, update);
        expect(item.canUpdate, `${who} ${item.code}`).toBe(posted === 201);
        const patched = await status(who, 'PATCH', `/api/plan-items/${item.id}`, { weight: 1 });
        expect(item.canEdit, `${who} ${item.code}`).toBe(patched === 200);
      }
      const mine = await w.ok(who, 'GET', `/api/plans/${plans.network}/items?mine=true`);
      expect(mine.items.map((i: { id: string }) => i.id).sort(), who).toEqual(
        items
          .filter((i: { mine: boolean }) => i.mine)
          .map((i: { id: string }) => i.id)
          .sort(),
      );
    }
    const detail = await w.ok('editorB', 'GET', `/api/plans/${plans.network}`);
    expect([detail.canEdit, detail.canUpdateSome]).toEqual([false, true]);
    const other = await w.ok('org_rep', 'GET', `/api/plans/${plans.network}`);
    expect([other.canEdit, other.canUpdateSome]).toEqual([false, false]);
  });
});

describe('plan and item writes', () => {
  it('belong to the secretariat and to the editors of the plan’s owning body', async () => {
    const a = (await w.item(plans.ownedByA, {})).id;
    const expected: Record<Caller, number> = {
      anonymous: 401,
      member: 403,
      org_rep: 403,
      agency_editor: 200,
      adminA: 200,
      agency_admin: 403,
      editorB: 403,
      secretariat: 200,
    };
    for (const who of CALLERS) {
      expect(await status(who, 'PATCH', `/api/plan-items/${a}`, { status: 'in_progress' }), who).toBe(
        expected[who],
      );
      expect(await status(who, 'PATCH', `/api/plans/${plans.ownedByA}`, { visibility: 'network' }), who).toBe(
        expected[who],
      );
      expect(await status(who, 'PATCH', `/api/plan-items/${itemA}`, { status: 'in_progress' }), who).toBe(
        who === 'secretariat' ? 200 : who === 'anonymous' ? 401 : 403,
      );
    }
    expect(
      await status('agency_editor', 'POST', '/api/plans', {
        title: { en: 'x' },
        periodStart: '2019-01-01',
        periodEnd: '2019-12-31',
      }),
    ).toBe(403);
  });
});

describe('reads', () => {
  it('follow visibility, and the list agrees with the single record for every caller', async () => {
    for (const who of CALLERS) {
      const listed = new Set(
        (await w.ok(who, 'GET', '/api/plans?limit=200')).items.map((p: { id: string }) => p.id),
      );
      for (const [name, id] of Object.entries(plans)) {
        const single = await status(who, 'GET', `/api/plans/${id}`);
        const items = await status(who, 'GET', `/api/plans/${id}/items`);
        expect([listed.has(id), single, items], `${who} ${name}`).toEqual(
          single === 200 ? [true, 200, 200] : [false, 404, 404],
        );
      }
    }
    expect(await status('anonymous', 'GET', `/api/plans/${plans.public}`)).toBe(200);
    expect(await status('anonymous', 'GET', `/api/plans/${plans.network}`)).toBe(404);
    expect(await status('anonymous', 'GET', `/api/plan-items/${itemA}`)).toBe(404);
    expect(await status('member', 'GET', `/api/plan-items/${itemA}`)).toBe(200);
    expect(await status('agency_editor', 'GET', `/api/plans/${plans.ownerOnlyB}`)).toBe(404);
    expect(await status('editorB', 'GET', `/api/plans/${plans.ownerOnlyB}`)).toBe(200);
  });
});
