import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNKNOWN_ID } from '../../../test/permissions.ts';
import { bakuMeeting, buildMeetingsWorld, type MeetingsWorld } from './meetings.fixtures.ts';

let w: MeetingsWorld;
let eventId: string;
const programme = () => `/api/events/${eventId}/programme`;
const counts = async () => {
  const db = w.t.database.db;
  const n = async (table: 'programme_items' | 'programme_item_speakers' | 'audit_log') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    items: await n('programme_items'),
    speakers: await n('programme_item_speakers'),
    audit: await n('audit_log'),
  };
};

beforeAll(async () => {
  w = await buildMeetingsWorld();
  eventId = (await w.ok('agency_editor', 'POST', '/api/events', bakuMeeting(w.orgs.agencyA, w.places.baku)))
    .id;
});
afterAll(() => w.t.close());

describe('programme items', () => {
  it('shows each speaker with the position they held on the event’s day, or the one given', async () => {
    const opening = await w.ok('agency_editor', 'POST', programme(), {
      kind: 'opening_speech',
      title: { en: 'Opening speech' },
      speakers: [{ personId: w.people.chairman }],
    });
    expect(opening.speakers).toEqual([
      {
        personId: w.people.chairman,
        name: 'Fuad Muradov',
        position: {
          positionId: expect.any(String),
          title: { en: 'Chairman' },
          organisation: { id: w.orgs.agencyA, name: 'Agency A for Diaspora Affairs' },
        },
      },
    ]);
    const speech = await w.ok('agency_editor', 'POST', programme(), {
      kind: 'speech',
      delegationCountry: 'KG',
      delegationOrgId: w.orgs.agencyB,
      speakers: [{ personId: w.people.guest, title: { en: 'Representative' } }],
      mediaLinks: [{ url: 'https://video.example.org/v/1', label: 'Recording' }],
    });
    expect(speech.speakers[0].position).toEqual({
      positionId: null,
      title: { en: 'Representative' },
      organisation: null,
    });
    expect(speech.delegation).toEqual({
      countryCode: 'KG',
      organisation: { id: w.orgs.agencyB, name: 'Agency B for Diaspora Affairs' },
    });
    expect(speech.mediaLinks).toEqual([{ url: 'https://video.example.org/v/1', label: 'Recording' }]);
    expect([opening.position, speech.position]).toEqual([0, 1]);
  });

  it('refuses an unknown speaker (UNKNOWN_PERSON) and writes nothing', async () => {
    const before = await counts();
    const response = await w.call('agency_editor', 'POST', programme(), {
      kind: 'speech',
      speakers: [{ personId: w.people.chairman }, { personId: UNKNOWN_ID }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'UNKNOWN_PERSON',
      errors: [{ path: 'body.speakers.1.personId' }],
    });
    // A person the caller may not read is as unknown as one that does not exist.
    const hidden = await w.call('agency_editor', 'POST', programme(), {
      kind: 'speech',
      speakers: [{ personId: w.people.ownerOnlyB }],
    });
    expect(hidden.json().code).toBe('UNKNOWN_PERSON');
    expect(await counts()).toEqual(before);
  });

  it('refuses a media link that is not https, and an unknown visited place', async () => {
    for (const url of ['http://video.example.org/v/1', 'javascript:alert(1)', 'https://']) {
      const response = await w.call('agency_editor', 'POST', programme(), {
        kind: 'video_screening',
        mediaLinks: [{ url }],
      });
      expect(response.statusCode, url).toBe(400);
      const body = response.json();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(new Set(body.errors.map((e: { path: string }) => e.path))).toEqual(
        new Set(['body.mediaLinks.0.url']),
      );
    }
    const file = await w.call('agency_editor', 'POST', programme(), {
      kind: 'presentation',
      documentIds: [UNKNOWN_ID],
    });
    expect(file.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'body.documentIds.0' }],
    });
    const place = await w.call('agency_editor', 'POST', programme(), {
      kind: 'visit',
      visitedPlaceId: UNKNOWN_ID,
    });
    expect(place.json()).toMatchObject({ code: 'UNKNOWN_PLACE', errors: [{ path: 'body.visitedPlaceId' }] });
  });

  it('inserts at a position, reorders, moves one item, and closes the gap on removal', async () => {
    const visit = await w.ok('agency_editor', 'POST', programme(), {
      kind: 'visit',
      position: 0,
      visitedPlaceText: 'Alley of Honors',
    });
    let items = (await w.ok('anonymous', 'GET', `/api/events/${eventId}`)).programme;
    expect(items.map((i: { kind: string }) => i.kind)).toEqual(['visit', 'opening_speech', 'speech']);
    const reversed = items.map((i: { id: string }) => i.id).reverse();
    const reordered = await w.ok('agency_editor', 'PUT', `${programme()}/order`, { itemIds: reversed });
    expect(reordered.items.map((i: { id: string }) => i.id)).toEqual(reversed);
    const partial = await w.call('agency_editor', 'PUT', `${programme()}/order`, {
      itemIds: reversed.slice(1),
    });
    expect(partial.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.itemIds' }] });
    await w.ok('agency_editor', 'PATCH', `${programme()}/${visit.id}`, { position: 0 });
    await w.ok('agency_editor', 'DELETE', `${programme()}/${reversed[1]}`);
    items = (await w.ok('anonymous', 'GET', `/api/events/${eventId}`)).programme;
    expect(items.map((i: { kind: string; position: number }) => [i.kind, i.position])).toEqual([
      ['visit', 0],
      ['speech', 1],
    ]);
  });

  it('lets only the event’s editors change its programme', async () => {
    for (const who of ['editorB', 'agency_admin'] as const) {
      const response = await w.call(who, 'POST', programme(), { kind: 'other' });
      expect(response.statusCode, who).toBe(403);
    }
    await w.ok('adminA', 'POST', programme(), { kind: 'announcement' });
    await w.ok('secretariat', 'POST', programme(), { kind: 'discussion' });
  });
});
