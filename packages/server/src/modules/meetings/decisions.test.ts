import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bakuMeeting, buildMeetingsWorld, type MeetingsWorld } from './meetings.fixtures.ts';

let w: MeetingsWorld;
let seriesId: string;
let cg5: string;
let cg6: string;

beforeAll(async () => {
  w = await buildMeetingsWorld();
  seriesId = (
    await w.ok('secretariat', 'POST', '/api/series', { code: 'CG', title: { en: 'Contact Group' } })
  ).id;
  const meeting = (date: string, number: number) =>
    w.ok('agency_editor', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyA, w.places.baku),
      kind: 'meeting',
      startDate: date,
      endDate: date,
      seriesId,
      number,
    });
  cg5 = (await meeting('2019-02-08', 5)).id;
  cg6 = (await meeting('2020-02-08', 6)).id;
});
afterAll(() => w.t.close());

describe('numbered decisions', () => {
  it('numbers a meeting’s decisions CG-5/1, CG-5/2, … and keeps the number on edit', async () => {
    const first = await w.ok('agency_editor', 'POST', `/api/events/${cg5}/decisions`, {
      text: { en: 'To hold a training for diaspora representatives in a European country in March 2019' },
      responsibleBodyIds: [w.orgs.agencyB],
      dueText: { en: 'March 2019' },
      dueFrom: '2019-03-01',
      dueTo: '2019-03-31',
    });
    expect(first).toMatchObject({
      number: 1,
      reference: 'CG-5/1',
      status: 'open',
      responsibleBodies: [{ id: w.orgs.agencyB, name: 'Agency B for Diaspora Affairs' }],
      followUps: [],
    });
    const second = await w.ok('agency_editor', 'POST', `/api/events/${cg5}/decisions`, {
      text: { en: 'To hold a training for the diaspora in the USA' },
      dueText: { en: 'the end of May and the beginning of June' },
    });
    expect(second.reference).toBe('CG-5/2');
    const edited = await w.ok('agency_editor', 'PATCH', `/api/events/${cg5}/decisions/${first.id}`, {
      status: 'done',
    });
    expect(edited).toMatchObject({ number: 1, reference: 'CG-5/1', status: 'done' });
    const backwards = await w.call('agency_editor', 'PATCH', `/api/events/${cg5}/decisions/${first.id}`, {
      dueTo: '2019-02-01',
    });
    expect(backwards.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.dueTo' }] });
  });

  it('gives concurrent requests consecutive numbers, none twice', async () => {
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        w.call('agency_editor', 'POST', `/api/events/${cg6}/decisions`, { text: { en: `Decision ${i}` } }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    const numbers = responses.map((r) => r.json().number).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('compiles a series’ decisions, filtered by meeting, responsible body and text', async () => {
    const all = await w.ok('anonymous', 'GET', `/api/decisions?series=${seriesId}&limit=200`);
    expect(all.total).toBe(8);
    expect(all.items[0]).toMatchObject({ reference: 'CG-5/1', event: { id: cg5, reference: 'CG-5' } });
    const byBody = await w.ok('anonymous', 'GET', `/api/decisions?responsible=${w.orgs.agencyB}`);
    expect(byBody.items.map((d: { reference: string }) => d.reference)).toEqual(['CG-5/1']);
    const byText = await w.ok('anonymous', 'GET', `/api/decisions?series=${seriesId}&q=usa`);
    expect(byText.items.map((d: { reference: string }) => d.reference)).toEqual(['CG-5/2']);
    const byMeeting = await w.ok('anonymous', 'GET', `/api/decisions?event=${cg6}`);
    expect(byMeeting.total).toBe(6);
    const page = await w.ok('anonymous', 'GET', `/api/series/${seriesId}`);
    expect(page.meetings.map((m: { decisions: unknown[] }) => m.decisions.length)).toEqual([2, 6]);
  });

  it('lets only the meeting’s editors record decisions', async () => {
    const response = await w.call('editorB', 'POST', `/api/events/${cg5}/decisions`, { text: { en: 'No' } });
    expect(response.statusCode).toBe(403);
  });
});
