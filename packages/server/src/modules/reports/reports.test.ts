import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportsWorld, type ReportsWorld } from './reports.fixtures.ts';

// The yearly reports on a small world (reports.fixtures.ts): what an organisation's report holds,
// what each caller sees of it, and the network's figures per member state.

let w: ReportsWorld;
beforeAll(async () => {
  w = await buildReportsWorld();
}, 120_000);
afterAll(async () => w?.t.close());

const roles = (report: { events: { id: string; role: string }[] }) =>
  Object.fromEntries(report.events.map((e) => [e.id, e.role]));

describe('GET /api/reports/organisations/:id', () => {
  it('holds the events of the year the body organised, owned or joined, with its part, and nothing else', async () => {
    const report = await w.ok('secretariat', 'GET', `/api/reports/organisations/${w.orgs.agencyA}?year=2019`);
    expect(report.organisation).toEqual({ id: w.orgs.agencyA, name: expect.stringMatching(/^TO\d+$/) });
    expect(report.year).toBe(2019);
    expect(roles(report)).toEqual({
      [w.events.organised]: 'organiser',
      [w.events.participant]: 'participant',
      [w.events.delegation]: 'delegation',
      [w.events.ownerOnly]: 'owner',
    });
    expect(report.events.map((e: { start: string }) => e.start)).toEqual([
      '2019-02-08',
      '2019-03-15',
      '2019-05-20',
      '2019-06-01',
    ]);
    expect(report.events[0]).toMatchObject({
      title: { en: 'Exchange of experience in Baku' },
      countryCode: 'AZ',
    });
    expect(report.charts.eventsPerMonth).toEqual([0, 1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
  });

  it('holds the decisions the body is responsible for, taken at events of the year, with their meeting', async () => {
    const report = await w.ok('secretariat', 'GET', `/api/reports/organisations/${w.orgs.agencyA}?year=2019`);
    expect(report.decisions.map((d: { id: string }) => d.id)).toEqual([w.decisions.ofA]);
    expect(report.decisions[0]).toMatchObject({
      reference: '#1',
      responsibleBodies: [{ id: w.orgs.agencyA }],
      event: { id: w.events.organised, title: { en: 'Exchange of experience in Baku' }, reference: null },
    });
    const lastYear = await w.ok(
      'secretariat',
      'GET',
      `/api/reports/organisations/${w.orgs.agencyA}?year=2018`,
    );
    expect(lastYear.decisions.map((d: { id: string }) => d.id)).toEqual([w.decisions.ofALastYear]);
    expect(Object.keys(roles(lastYear))).toEqual([w.events.lastYear]);
  });

  it('shows each caller only what it may read', async () => {
    const seen = async (who: Parameters<ReportsWorld['ok']>[0]) =>
      Object.keys(
        roles(await w.ok(who, 'GET', `/api/reports/organisations/${w.orgs.agencyA}?year=2019`)),
      ).sort();
    const { organised, delegation, participant, ownerOnly } = w.events;
    expect(await seen('anonymous')).toEqual([organised, delegation].sort());
    expect(await seen('member')).toEqual([organised, delegation, participant].sort());
    expect(await seen('agency_editor')).toEqual([organised, delegation, participant, ownerOnly].sort());
    const anonymous = await w.ok(
      'anonymous',
      'GET',
      `/api/reports/organisations/${w.orgs.agencyA}?year=2019`,
    );
    expect(anonymous.charts.eventsPerMonth).toEqual([0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('answers 404 for an organisation the caller may not read, and for none', async () => {
    const hidden = await w.call(
      'anonymous',
      'GET',
      `/api/reports/organisations/${w.orgs.diasporaOwner}?year=2019`,
    );
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('NOT_FOUND');
    await w.ok('adminA', 'GET', `/api/reports/organisations/${w.orgs.diasporaOwner}?year=2019`);
    const none = await w.call(
      'secretariat',
      'GET',
      '/api/reports/organisations/00000000-0000-4000-8000-000000000000',
    );
    expect(none.statusCode).toBe(404);
    expect(
      (await w.call('secretariat', 'GET', `/api/reports/organisations/${w.orgs.agencyA}?year=19`)).statusCode,
    ).toBe(400);
  });
});

describe('GET /api/reports/network', () => {
  it('gives per OTS member state its state bodies and the events they owned, organised or hosted', async () => {
    const report = await w.ok('secretariat', 'GET', '/api/reports/network?year=2019');
    const states = Object.fromEntries(
      report.memberStates.map((s: { countryCode: string }) => [s.countryCode, s]),
    );
    expect(Object.keys(states)).toEqual(['AZ', 'KZ', 'TR']);
    expect(states.AZ).toMatchObject({ name: 'Azerbaijan', bodies: [{ id: w.orgs.agencyA }], events: 2 });
    expect(states.KZ).toMatchObject({ name: 'Kazakhstan', bodies: [{ id: w.orgs.agencyB }], events: 4 });
    expect(states.TR).toMatchObject({ bodies: [], events: 0, items: 0, updates: 0, progress: 0 });
    expect(report.charts.eventsPerMonth).toEqual([0, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0]);
    expect(report.charts.progressByMemberState.map((s: { countryCode: string }) => s.countryCode)).toEqual([
      'AZ',
      'KZ',
      'TR',
    ]);
  });

  it('counts only what the caller may read', async () => {
    const report = await w.ok('anonymous', 'GET', '/api/reports/network?year=2019');
    const events = Object.fromEntries(
      report.memberStates.map((s: { countryCode: string; events: number }) => [s.countryCode, s.events]),
    );
    expect(events).toEqual({ AZ: 1, KZ: 3, TR: 0 });
    expect(report.charts.eventsPerMonth).toEqual([0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0]);
  });
});

describe('the action plan in the reports', () => {
  const items = (report: { items: { item: { id: string } }[] }) => report.items.map((i) => i.item.id).sort();

  it("holds the items a body is responsible for in the year, with that year's updates only", async () => {
    const report = await w.ok('secretariat', 'GET', `/api/reports/organisations/${w.orgs.agencyA}?year=2019`);
    const { exchange, usa, nextYear, networkOnly } = w.items;
    expect(items(report)).toEqual([exchange, usa, nextYear, networkOnly].sort());
    const byId = new Map(report.items.map((i: { item: { id: string } }) => [i.item.id, i]));
    expect(byId.get(usa)).toMatchObject({
      item: {
        code: '3',
        title: { en: '@Training in the USA' },
        plan: { title: { en: 'Joint action plan 2019' } },
      },
      status: 'in_progress',
      progress: 50,
      updates: [
        { id: w.updates.usa, date: '2019-06-05', progress: 50, text: { en: 'Half of the trainees chosen' } },
      ],
    });
    expect(byId.get(nextYear)).toMatchObject({ updates: [{ id: w.updates.nextYear, date: '2019-12-20' }] });
    expect(byId.get(exchange)).toMatchObject({ status: 'done', progress: 100, updates: [] });
    const lastYear = await w.ok(
      'secretariat',
      'GET',
      `/api/reports/organisations/${w.orgs.agencyA}?year=2018`,
    );
    expect(items(lastYear)).toEqual([w.items.lastYear]);
    const ofB = await w.ok('secretariat', 'GET', `/api/reports/organisations/${w.orgs.agencyB}?year=2019`);
    expect(items(ofB)).toEqual([w.items.europe, usa].sort());
  });

  it('leaves out the items of plans the caller may not read', async () => {
    const report = await w.ok('anonymous', 'GET', `/api/reports/organisations/${w.orgs.agencyA}?year=2019`);
    expect(items(report)).toEqual([w.items.exchange, w.items.usa, w.items.nextYear].sort());
    expect(
      report.items.find((i: { item: { id: string } }) => i.item.id === w.items.usa).updates[0].author,
    ).toBeNull();
  });

  it('lists every item of the year with its bodies, and per member state items, updates and average progress', async () => {
    const report = await w.ok('secretariat', 'GET', '/api/reports/network?year=2019');
    const { exchange, europe, usa, networkOnly } = w.items;
    expect(report.items.map((i: { id: string }) => i.id).sort()).toEqual(
      [exchange, europe, usa, networkOnly].sort(),
    );
    const usaItem = report.items.find((i: { id: string }) => i.id === usa);
    expect(usaItem.responsible.map((r: { id: string }) => r.id)).toEqual([w.orgs.agencyA, w.orgs.agencyB]);
    const figures = Object.fromEntries(
      report.memberStates.map(
        (s: { countryCode: string; items: number; updates: number; progress: number }) => [
          s.countryCode,
          [s.items, s.updates, s.progress],
        ],
      ),
    );
    expect(figures).toEqual({ AZ: [3, 1, 77], KZ: [2, 1, 45], TR: [0, 0, 0] });
    expect(report.charts.progressByMemberState).toEqual([
      { countryCode: 'AZ', name: 'Azerbaijan', progress: 77 },
      { countryCode: 'KZ', name: 'Kazakhstan', progress: 45 },
      { countryCode: 'TR', name: 'Türkiye', progress: 0 },
    ]);
    const anonymous = await w.ok('anonymous', 'GET', '/api/reports/network?year=2019');
    const az = anonymous.memberStates.find((s: { countryCode: string }) => s.countryCode === 'AZ');
    expect([az.items, az.updates, az.progress]).toEqual([2, 1, 75]);
    expect(anonymous.items.map((i: { id: string }) => i.id)).not.toContain(networkOnly);
  });
});
