import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { seedDemoData } from './demo.service.ts';

const silent = pino({ level: 'silent' });
let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kopru-demo-meetings-'));
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
const seriesByCode = async (code: string) =>
  (await get('/api/series')).items.find((s: { code: string }) => s.code === code);
const count = async (table: 'events' | 'programme_items' | 'decisions' | 'event_participants') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('demo meetings: the day of the press release', () => {
  it('holds the exchange of experience in Baku with its programme in order and the speakers’ positions', async () => {
    const cg = await get(`/api/series/${(await seriesByCode('CG')).id}`);
    const cg5 = cg.meetings.find((m: { reference: string }) => m.reference === 'CG-5');
    const exchange = await get(`/api/events/${cg5.parentId}?tz=Asia/Bishkek`);
    expect(exchange).toMatchObject({
      kind: 'exchange_of_experience',
      status: 'held',
      allDay: true,
      start: { date: '2019-02-08', timeZone: 'Asia/Baku', utc: '2019-02-07T20:00:00.000Z' },
      place: { name: 'Baku' },
      countryCode: 'AZ',
    });
    expect(exchange.programme.map((i: { kind: string }) => i.kind)).toEqual([
      'wreath_laying',
      'wreath_laying',
      'visit',
      'welcome',
      'opening_speech',
      'speech',
      'speech',
      'speech',
      'speech',
      'discussion',
      'speech',
      'video_screening',
      'announcement',
    ]);
    const welcome = exchange.programme[3];
    expect(welcome.speakers).toEqual([
      expect.objectContaining({
        name: 'Ömer Kocaman',
        position: expect.objectContaining({ title: { en: 'Deputy Secretary General' } }),
      }),
    ]);
    const countries = exchange.programme
      .filter((i: { kind: string }) => i.kind === 'speech')
      .map((i: { delegation: { countryCode: string } }) => i.delegation.countryCode);
    expect(countries).toEqual(['TR', 'TR', 'KZ', 'KG', 'AZ']);
    expect(exchange.delegations).toHaveLength(5);
    expect(exchange.subEvents.map((e: { reference: string }) => e.reference)).toEqual(['CG-5']);
  });

  it('numbers the Contact Group’s meetings and the 5th meeting’s decisions, with a follow-up', async () => {
    const cg = await get(`/api/series/${(await seriesByCode('CG')).id}`);
    expect(cg.meetings.map((m: { reference: string }) => m.reference)).toEqual(['CG-4', 'CG-5']);
    const decisions = cg.meetings[1].decisions;
    expect(decisions.map((d: { reference: string }) => d.reference)).toEqual(['CG-5/1', 'CG-5/2', 'CG-5/3']);
    // Followed up by the training event and by the demo action plan's item (demo.plans.ts).
    const followUps = decisions[0].followUps as { targetType: string; targetId: string }[];
    expect(followUps.map((f) => f.targetType).sort()).toEqual(['event', 'plan_item']);
    const training = await get(`/api/events/${followUps.find((f) => f.targetType === 'event')?.targetId}`);
    expect(training).toMatchObject({
      kind: 'training',
      start: { date: '2019-03-26', timeZone: 'Europe/Berlin' },
    });
    const mh = await get(`/api/series/${(await seriesByCode('MH')).id}`);
    expect(
      mh.meetings.map((m: { reference: string; place: { name: string } }) => [m.reference, m.place.name]),
    ).toEqual([
      ['MH-3', 'Ankara'],
      ['MH-5', 'Bishkek'],
      ['MH-6', 'Tashkent'],
    ]);
  });

  it('gives the chairman a participation history: one event, two speeches', async () => {
    const people = await get('/api/people?q=Fuad%20Muradov');
    const participation = await get(`/api/people/${people.items[0].id}/participation`);
    expect(participation).toMatchObject({ events: 1, spoke: 1 });
    expect(participation.items[0]).toMatchObject({
      role: 'head_of_delegation',
      attendance: 'present',
      speeches: 2,
    });
  });

  it('loads nothing on a second start', async () => {
    const before = await Promise.all([
      count('events'),
      count('programme_items'),
      count('decisions'),
      count('event_participants'),
    ]);
    expect(await seedDemoData(t.deps, silent, () => {})).toBe(false);
    const after = await Promise.all([
      count('events'),
      count('programme_items'),
      count('decisions'),
      count('event_participants'),
    ]);
    expect(after).toEqual(before);
  });
});
