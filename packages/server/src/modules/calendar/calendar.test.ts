import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN } from '../../../test/test-app.ts';
import { UNKNOWN_ID } from '../../../test/permissions.ts';
import { bakuMeeting, buildMeetingsWorld, type MeetingsWorld } from '../meetings/meetings.fixtures.ts';

let w: MeetingsWorld;
const ids = { series: '', privateSeries: '', meeting: '', allDay: '', network: '', cancelled: '' };

/** Fetches a feed anonymously and reads it with an independent parser (Mozilla's ical.js). */
async function feed(query = '') {
  const response = await w.t.app.inject({ method: 'GET', url: `/api/calendar.ics${query}` });
  const parsed = response.statusCode === 200 ? new ICAL.Component(ICAL.parse(response.body)) : undefined;
  const events = (parsed?.getAllSubcomponents('vevent') ?? []).map((v) => new ICAL.Event(v));
  return { response, parsed, events, byId: (id: string) => events.find((e) => e.uid.startsWith(id)) };
}

beforeAll(async () => {
  w = await buildMeetingsWorld();
  ids.series = (
    await w.ok('secretariat', 'POST', '/api/series', {
      code: 'CG',
      title: { en: 'Contact Group on Work with Diaspora', ru: 'Контактная группа по работе с диаспорой' },
      visibility: 'public',
    })
  ).id;
  ids.privateSeries = (
    await w.ok('secretariat', 'POST', '/api/series', {
      code: 'IN',
      title: { en: 'Internal' },
      visibility: 'network',
    })
  ).id;
  const create = async (extra: object) =>
    (
      await w.ok(
        'agency_editor',
        'POST',
        '/api/events',
        bakuMeeting(w.orgs.agencyA, w.places.baku, { visibility: 'public', ...extra }),
      )
    ).id as string;
  const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  ids.meeting = await create({
    kind: 'meeting',
    title: { en: '5th meeting of the Contact Group', ru: '5-е заседание Контактной группы' },
    seriesId: ids.series,
    startDate: soon,
    endDate: soon,
  });
  ids.allDay = await create({
    startDate: soon,
    startTime: undefined,
    endDate: soon,
    endTime: undefined,
    title: { en: 'Day of remembrance; wreaths, speeches' },
  });
  ids.network = await create({ visibility: 'network', startDate: soon, endDate: soon });
  ids.cancelled = await create({ status: 'cancelled', startDate: soon, endDate: soon });
});
afterAll(() => w.t.close());

describe('GET /api/calendar.ics', () => {
  it('is a valid public feed of public events only, with times in UTC and links back', async () => {
    const { response, parsed, byId, events } = await feed();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(parsed?.getFirstPropertyValue('x-wr-calname')).toBe('Köprü');
    expect(byId(ids.network)).toBeUndefined();
    expect(events.map((e) => e.uid.split('@')[0]).sort()).toEqual(
      [ids.meeting, ids.allDay, ids.cancelled].sort(),
    );
    const meeting = byId(ids.meeting);
    expect(meeting?.summary).toBe('CG-1: 5th meeting of the Contact Group');
    // 10:00 in Baku (UTC+4) is 06:00 UTC, whatever zone the reader is in.
    expect(meeting?.startDate.toString()).toMatch(/T06:00:00Z$/);
    expect(meeting?.endDate.toString()).toMatch(/T13:00:00Z$/);
    expect(meeting?.description).toContain('(Asia/Baku)');
    expect(meeting?.location).toBe('State Committee on Work with Diaspora, Baku');
    expect(meeting?.component.getFirstPropertyValue('url')).toBe(`${ORIGIN}/events/${ids.meeting}`);
    expect(meeting?.uid).toBe(`${ids.meeting}@localhost`);
    expect(byId(ids.cancelled)?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    const allDay = byId(ids.allDay);
    expect(allDay?.startDate.isDate).toBe(true);
    expect(allDay?.summary).toBe('Day of remembrance; wreaths, speeches');
  });

  it('is the same for a signed-in caller: feeds are shared, so they hold public events only', async () => {
    const response = await w.call('secretariat', 'GET', '/api/calendar.ics');
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(ids.network);
  });

  it('narrows to a series, names it in the chosen language, and refuses a series that is not public', async () => {
    const { parsed, events } = await feed(`?series=${ids.series}&lang=ru`);
    expect(parsed?.getFirstPropertyValue('x-wr-calname')).toBe(
      'Köprü: Контактная группа по работе с диаспорой',
    );
    expect(events.map((e) => e.summary)).toEqual(['CG-1: 5-е заседание Контактной группы']);
    for (const series of [ids.privateSeries, UNKNOWN_ID]) {
      const { response } = await feed(`?series=${series}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('narrows to an organisation that owns, organises or hosts, and refuses a private one', async () => {
    const { events } = await feed(`?organisation=${w.orgs.agencyA}`);
    expect(events).toHaveLength(3);
    expect((await feed(`?organisation=${w.orgs.agencyB}`)).events).toHaveLength(0);
    expect((await feed(`?organisation=${w.orgs.ownerOnlyB}`)).response.statusCode).toBe(404);
  });

  it('keeps past events: a series’ feed is also its record', async () => {
    const past = await w.ok(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.places.baku, { visibility: 'public', seriesId: ids.series, number: 4 }),
    );
    const { byId } = await feed(`?series=${ids.series}`);
    expect(byId(past.id)?.startDate.toString()).toBe('2019-02-08T06:00:00Z');
  });

  it('answers bad filters with a problem', async () => {
    for (const query of ['?series=nope', '?lang=fr', '?colour=red']) {
      const { response } = await feed(query);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });
});
