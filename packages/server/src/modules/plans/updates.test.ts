import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_PDF, upload } from '../files/files.fixtures.ts';
import { buildPlansWorld, type PlansWorld } from './plans.fixtures.ts';

let w: PlansWorld;
let planId: string;
let parent: { id: string };
let item: { id: string };
let sibling: { id: string };
let indicatorId: string;

beforeAll(async () => {
  w = await buildPlansWorld();
  planId = await w.plan('public');
  parent = await w.item(planId, {});
  item = await w.item(planId, {
    parentId: parent.id,
    responsibleIds: [w.orgs.agencyA],
    indicators: [{ name: { en: 'Participants' }, target: 30 }],
  });
  sibling = await w.item(planId, { parentId: parent.id, progress: 0 });
  indicatorId = (await w.ok('anonymous', 'GET', `/api/plan-items/${item.id}`)).indicators[0].id;
});
afterAll(() => w.t.close());

describe('progress updates', () => {
  it('move the item and roll up its ancestors; the timeline is newest first', async () => {
    const pdf = await upload(w, 'agency_editor', SMALL_PDF, 'report.pdf', 'visibility=public');
    const fileId = pdf.json().id;
    const first = await w.ok('agency_editor', 'POST', `/api/plan-items/${item.id}/updates`, {
      date: '2019-03-10',
      text: { en: 'Applications opened', az: 'Müraciətlər başladı' },
      progress: 30,
      status: 'in_progress',
    });
    expect(first).toMatchObject({
      date: '2019-03-10',
      text: { en: 'Applications opened', az: 'Müraciətlər başladı' },
      progress: 30,
      status: 'in_progress',
      organisation: { id: w.orgs.agencyA },
      evidence: [],
    });
    expect(first.author.id).toEqual(expect.any(String));
    await w.ok('adminA', 'POST', `/api/plan-items/${item.id}/updates`, {
      date: '2019-03-25',
      text: { en: 'Training held' },
      progress: 100,
      status: 'done',
      indicators: [{ id: indicatorId, actual: 28 }],
      evidence: [{ type: 'file', id: fileId }],
    });
    const detail = await w.ok('member', 'GET', `/api/plan-items/${item.id}`);
    expect(detail).toMatchObject({
      progress: 100,
      status: 'done',
      updates: 2,
      lastUpdate: '2019-03-25',
      indicators: [{ id: indicatorId, actual: 28 }],
      evidence: [{ type: 'file', id: fileId, label: 'report.pdf' }],
      ancestors: [{ id: parent.id, code: '1' }],
    });
    expect(detail.progressUpdates.map((u: { date: string }) => u.date)).toEqual(['2019-03-25', '2019-03-10']);
    expect((await w.ok('anonymous', 'GET', `/api/plan-items/${parent.id}`)).progress).toBe(50);
    expect((await w.ok('anonymous', 'GET', `/api/plans/${planId}`)).progress).toBe(50);
    const seenByPublic = await w.ok('anonymous', 'GET', `/api/plan-items/${item.id}`);
    expect(seenByPublic.progressUpdates[0].author).toBeNull();
    const history = await w.ok('member', 'GET', `/api/plan-items/${item.id}/history`);
    expect(history.items.map((e: { action: string }) => e.action)).toEqual([
      'plan_item.progress_updated',
      'plan_item.progress_updated',
      'plan_item.created',
    ]);
  });

  it('make a parent manual when it is given a progress, and refuse an indicator of another item', async () => {
    await w.ok('secretariat', 'POST', `/api/plan-items/${parent.id}/updates`, {
      date: '2019-04-01',
      text: { en: 'Half done overall' },
      progress: 60,
    });
    expect(await w.ok('anonymous', 'GET', `/api/plan-items/${parent.id}`)).toMatchObject({
      progress: 60,
      progressMode: 'manual',
    });
    const wrong = await w.call('secretariat', 'POST', `/api/plan-items/${sibling.id}/updates`, {
      date: '2019-04-01',
      text: { en: 'x' },
      progress: 10,
      indicators: [{ id: indicatorId, actual: 1 }],
    });
    expect(wrong.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'body.indicators.0.id' }],
    });
    expect((await w.ok('anonymous', 'GET', `/api/plan-items/${sibling.id}`)).updates).toBe(0);
  });

  it('show evidence only to those who may read it, and refuse evidence the poster may not read', async () => {
    const privateEvent = await w.ok('agency_editor', 'POST', '/api/events', {
      kind: 'meeting',
      title: { en: 'Internal meeting of agency A' },
      startDate: '2019-05-02',
      endDate: '2019-05-02',
      placeId: w.places.baku,
      ownerOrgId: w.orgs.agencyA,
      visibility: 'owner',
    });
    const evidence = [{ type: 'event', id: privateEvent.id }];
    const itemOfB = await w.item(planId, { responsibleIds: [w.orgs.agencyB] });
    const refused = await w.call('editorB', 'POST', `/api/plan-items/${itemOfB.id}/updates`, {
      date: '2019-05-03',
      text: { en: 'x' },
      evidence,
    });
    expect(refused.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'body.evidence.0.id' }],
    });
    expect((await w.ok('anonymous', 'GET', `/api/plan-items/${itemOfB.id}`)).updates).toBe(0);
    const notSeen = await w.call('secretariat', 'PATCH', `/api/plan-items/${sibling.id}`, { evidence });
    expect(notSeen.statusCode).toBe(200); // the secretariat reads owner-only records
    await w.ok('agency_editor', 'POST', `/api/plan-items/${item.id}/updates`, {
      date: '2019-05-03',
      text: { en: 'Met' },
      evidence,
    });
    const own = await w.ok('agency_editor', 'GET', `/api/plan-items/${item.id}`);
    expect(own.evidence.map((e: { id: string }) => e.id)).toContain(privateEvent.id);
    const other = await w.ok('member', 'GET', `/api/plan-items/${item.id}`);
    expect(other.evidence.map((e: { id: string }) => e.id)).not.toContain(privateEvent.id);
    expect(other.progressUpdates[0].evidence).toEqual([]);
    const byOther = await w.call('adminA', 'POST', `/api/plan-items/${item.id}/updates`, {
      date: '2019-05-04',
      text: { en: 'x' },
      evidence: [{ type: 'event', id: sibling.id }],
    });
    expect(byOther.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'body.evidence.0.id' }],
    });
  });
});
