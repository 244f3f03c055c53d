import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestPlace } from '../registry/registry.fixtures.ts';
import { bakuMeeting, buildMeetingsWorld, type MeetingsWorld } from './meetings.fixtures.ts';

let w: MeetingsWorld;
let seriesId: string;

beforeAll(async () => {
  w = await buildMeetingsWorld();
  seriesId = (
    await w.ok('secretariat', 'POST', '/api/series', {
      code: 'CG',
      title: {
        en: 'Contact Group on Work with Diaspora',
        tr: { value: 'Diaspora Temas Grubu', status: 'human' },
      },
      ownerOrgId: w.orgs.network,
    })
  ).id;
});
afterAll(() => w.t.close());

describe('events in the place’s time zone', () => {
  it('stores 10:00 in Baku as 06:00 UTC and shows it at 12:00 in Bishkek and 09:00 in Ankara', async () => {
    const created = await w.ok(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.places.baku),
    );
    expect(created.start).toEqual({
      date: '2019-02-08',
      time: '10:00',
      timeZone: 'Asia/Baku',
      utc: '2019-02-08T06:00:00.000Z',
    });
    expect(created.end.utc).toBe('2019-02-08T13:00:00.000Z');
    expect(created.allDay).toBe(false);
    expect(created.countryCode).toBe('AZ');
    expect(created.place).toEqual({ id: w.places.baku, name: 'Baku' });
    const bishkek = await w.ok('anonymous', 'GET', `/api/events/${created.id}?tz=Asia/Bishkek`);
    expect(bishkek.start.inZone).toEqual({ date: '2019-02-08', time: '12:00', timeZone: 'Asia/Bishkek' });
    const ankara = await w.ok(
      'anonymous',
      'GET',
      `/api/events?tz=Europe/Istanbul&from=2019-02-08&to=2019-02-08`,
    );
    const listed = ankara.items.find((e: { id: string }) => e.id === created.id);
    expect(listed.start.inZone).toEqual({ date: '2019-02-08', time: '09:00', timeZone: 'Europe/Istanbul' });
    expect(listed.end.inZone.time).toBe('16:00');
  });

  it('keeps an all-day event as dates, its UTC end the local midnight after the last day', async () => {
    const created = await w.ok('agency_editor', 'POST', '/api/events', {
      kind: 'forum',
      title: { en: 'Diaspora forum' },
      startDate: '2022-03-28',
      endDate: '2022-03-30',
      timeZone: 'Europe/Istanbul',
      countryCode: 'TR',
    });
    expect(created.allDay).toBe(true);
    expect(created.start).toMatchObject({ date: '2022-03-28', time: null, utc: '2022-03-27T21:00:00.000Z' });
    expect(created.end).toMatchObject({ date: '2022-03-30', time: null, utc: '2022-03-30T21:00:00.000Z' });
  });
});

describe('moving an event', () => {
  it('keeps the agreed local times and takes the new place’s zone and country', async () => {
    const db = w.t.database.db;
    const ankara = await insertTestPlace(db, {
      kind: 'city',
      countryCode: 'TR',
      names: [{ lang: 'en', name: 'Ankara' }],
    });
    await db.updateTable('places').set({ time_zone: 'Europe/Istanbul' }).where('id', '=', ankara).execute();
    const event = await w.ok(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.places.baku),
    );
    const moved = await w.ok('agency_editor', 'PATCH', `/api/events/${event.id}`, { placeId: ankara });
    expect(moved.start).toEqual({
      date: '2019-02-08',
      time: '10:00',
      timeZone: 'Europe/Istanbul',
      utc: '2019-02-08T07:00:00.000Z',
    });
    expect(moved.countryCode).toBe('TR');
    const unplaced = await w.ok('agency_editor', 'PATCH', `/api/events/${event.id}`, {
      placeId: null,
      venue: null,
    });
    expect(unplaced).toMatchObject({
      place: null,
      countryCode: 'TR',
      start: { timeZone: 'Europe/Istanbul' },
    });
  });

  it('drops the number of a meeting taken out of its series', async () => {
    const event = await w.ok('agency_editor', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyA, w.places.baku),
      seriesId,
    });
    expect(event.reference).toMatch(/^CG-\d+$/);
    const out = await w.ok('agency_editor', 'PATCH', `/api/events/${event.id}`, { seriesId: null });
    expect(out).toMatchObject({ series: null, number: null, reference: null });
  });
});

describe('bad input is refused with a stable code, and nothing is written', () => {
  const eventCount = async () =>
    Number(
      (
        await w.t.database.db
          .selectFrom('events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses an end before the start (EVENT_ENDS_BEFORE_START)', async () => {
    const before = await eventCount();
    const response = await w.call(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.places.baku, { endTime: '09:30' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('EVENT_ENDS_BEFORE_START');
    const days = await w.call('agency_editor', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyA, w.places.baku),
      startTime: undefined,
      endTime: undefined,
      endDate: '2019-02-07',
    });
    expect(days.json().code).toBe('EVENT_ENDS_BEFORE_START');
    expect(await eventCount()).toBe(before);
  });

  it('refuses an unknown place (UNKNOWN_PLACE), a place without a zone and no zone, and an unknown zone', async () => {
    const unknown = await w.call(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.orgs.agencyA),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'UNKNOWN_PLACE', errors: [{ path: 'body.placeId' }] });
    const noZone = await w.call(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.places.noZone),
    );
    expect(noZone.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.timeZone' }] });
    const badZone = await w.call('agency_editor', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyA, w.places.baku),
      timeZone: 'Asia/Atlantis',
    });
    expect(badZone.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.timeZone' }] });
  });

  it('refuses an event without a title', async () => {
    const response = await w.call('agency_editor', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyA, w.places.baku),
      title: {},
    });
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.title' }] });
  });

  it('refuses a start time without an end time', async () => {
    const response = await w.call('agency_editor', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyA, w.places.baku),
      endTime: undefined,
    });
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.endTime' }] });
  });
});

describe('series and numbered meetings', () => {
  it('numbers meetings in their series, refuses a taken number, and lists them on the series page', async () => {
    const first = await w.ok('agency_editor', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyA, w.places.baku),
      kind: 'meeting',
      seriesId,
      number: 5,
    });
    expect(first.reference).toBe('CG-5');
    const next = await w.ok('agency_editor', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyA, w.places.baku),
      kind: 'meeting',
      startDate: '2020-02-08',
      endDate: '2020-02-08',
      seriesId,
    });
    expect(next.number).toBe(6);
    const taken = await w.call('agency_editor', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyA, w.places.baku),
      seriesId,
      number: 5,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('ALREADY_EXISTS');
    const page = await w.ok('anonymous', 'GET', `/api/series/${seriesId}`);
    expect(page.meetings.map((m: { reference: string }) => m.reference)).toEqual(['CG-5', 'CG-6']);
    expect(page.title).toEqual({ en: 'Contact Group on Work with Diaspora', tr: 'Diaspora Temas Grubu' });
  });

  it('lets editors manage their own body’s series and the secretariat any; a taken code is ALREADY_EXISTS', async () => {
    const own = await w.ok('agency_editor', 'POST', '/api/series', { code: 'XX', title: { en: 'X' } });
    expect(own.owner).toMatchObject({ id: w.orgs.agencyA });
    expect(own.canEdit).toBe(true);
    const forOthers = await w.call('agency_editor', 'POST', '/api/series', {
      code: 'XY',
      title: { en: 'Y' },
      ownerOrgId: w.orgs.agencyB,
    });
    expect(forOthers.statusCode).toBe(403);
    expect(
      (await w.call('org_rep', 'POST', '/api/series', { code: 'XZ', title: { en: 'Z' } })).statusCode,
    ).toBe(403);
    const edited = await w.ok('adminA', 'PATCH', `/api/series/${own.id}`, { title: { en: 'X renamed' } });
    expect(edited.title).toEqual({ en: 'X renamed' });
    for (const [who, url] of [
      ['editorB', `/api/series/${own.id}`],
      ['agency_editor', `/api/series/${seriesId}`],
    ] as const) {
      const refused = await w.call(who, 'PATCH', url, { title: { en: 'Taken over' } });
      expect(refused.statusCode).toBe(403);
    }
    const handedOver = await w.call('agency_editor', 'PATCH', `/api/series/${own.id}`, {
      ownerOrgId: w.orgs.agencyB,
    });
    expect(handedOver.statusCode).toBe(403);
    const taken = await w.call('secretariat', 'POST', '/api/series', { code: 'CG', title: { en: 'Again' } });
    expect(taken.json().code).toBe('ALREADY_EXISTS');
    const renamed = await w.ok('secretariat', 'PATCH', `/api/series/${seriesId}`, {
      description: { en: 'Expert-level meetings of the diaspora bodies' },
    });
    expect(renamed.description).toEqual({ en: 'Expert-level meetings of the diaspora bodies' });
  });

  it('shows a sub-event under its parent, and refuses a parent cycle', async () => {
    const parent = await w.ok(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.places.baku),
    );
    const child = await w.ok('agency_editor', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyA, w.places.baku),
      kind: 'meeting',
      title: { en: '5th meeting of the Contact Group' },
      startTime: '15:00',
      parentId: parent.id,
    });
    expect(child.parent).toEqual({
      id: parent.id,
      title: { en: 'Exchange of experience', az: 'Təcrübə mübadiləsi' },
    });
    const detail = await w.ok('anonymous', 'GET', `/api/events/${parent.id}`);
    expect(detail.subEvents.map((e: { id: string }) => e.id)).toEqual([child.id]);
    const cycle = await w.call('agency_editor', 'PATCH', `/api/events/${parent.id}`, { parentId: child.id });
    expect(cycle.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.parentId' }] });
  });
});

describe('change history', () => {
  it('records every write on the event, values only for its editors', async () => {
    const event = await w.ok(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.places.baku),
    );
    await w.ok('agency_editor', 'PATCH', `/api/events/${event.id}`, { status: 'held', startTime: '09:00' });
    await w.ok('agency_editor', 'POST', `/api/events/${event.id}/programme`, { kind: 'welcome' });
    const history = await w.ok('agency_editor', 'GET', `/api/events/${event.id}/history`);
    expect(history.items.map((e: { action: string }) => e.action)).toEqual([
      'event.programme_item_added',
      'event.updated',
      'event.created',
    ]);
    const update = history.items[1];
    expect(update.before.start.utc).toBe('2019-02-08T06:00:00.000Z');
    expect(update.after.start.utc).toBe('2019-02-08T05:00:00.000Z');
    expect(update.after.status).toBe('held');
    const publicView = await w.ok('anonymous', 'GET', `/api/events/${event.id}/history`);
    expect(publicView.items[1]).toMatchObject({ actor: null, before: null, after: null });
  });
});
