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
