import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { signIn } from '../../../test/factories.ts';
import { zonedToUtc } from '../meetings/meetings.time.ts';
import {
  buildProgrammesWorld,
  completeAnswers,
  openCallBody,
  type ProgrammesWorld,
} from './programmes.fixtures.ts';

// Deadlines are instants: a call opening 10 January 2027 at 09:00 and closing 20 January at 23:59 in
// Asia/Baku (UTC+4) opens at 05:00Z and closes at 19:59Z, whatever the caller's zone — at 15:00 in
// New York (20:00Z) it is closed. The server's clock is set to exact instants (only Date is faked).

let w: ProgrammesWorld;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
let programme: any;
beforeAll(async () => {
  w = await buildProgrammesWorld();
  programme = await w.programme(
    {},
    { opensAt: { date: '2027-01-10', time: '09:00' }, closesAt: { date: '2027-01-20', time: '23:59' } },
  );
}, 60_000);
afterEach(() => vi.useRealTimers());
afterAll(() => w.t.close());

const at = (iso: string) => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
};
const newYork1500 = zonedToUtc('2027-01-20', '15:00', 'America/New_York').toISOString();

describe('call deadlines across time zones', () => {
  it('stores the organiser’s local times as UTC instants', () => {
    expect(programme.call).toMatchObject({
      opensAt: '2027-01-10T05:00:00.000Z',
      closesAt: '2027-01-20T19:59:00.000Z',
      timeZone: 'Asia/Baku',
    });
    expect(newYork1500).toBe('2027-01-20T20:00:00.000Z');
  });

  it.each([
    ['2027-01-10T04:59:59.999Z', 'upcoming'],
    ['2027-01-10T05:00:00.000Z', 'open'],
    ['2027-01-20T19:58:59.999Z', 'open'],
    ['2027-01-20T19:59:00.000Z', 'closed'],
    [newYork1500, 'closed'],
  ])('at %s the call is %s, in the detail and in the open=true list', async (instant, status) => {
    at(instant);
    const shown = await w.ok('anonymous', 'GET', `/api/programmes/${programme.id}`);
    expect(shown.call.status).toBe(status);
    const open = await w.ok('anonymous', 'GET', '/api/programmes?open=true');
    expect(open.items.some((p: { id: string }) => p.id === programme.id)).toBe(status === 'open');
  });

  it('applying before the opening and submitting after the closing are refused (409 CALL_NOT_OPEN)', async () => {
    const url = `/api/programmes/${programme.id}/applications`;
    at('2027-01-10T04:59:59.999Z');
    const cookie = await signIn(w.t.app, w.applicants.one.email);
    const early = await w.as(cookie, 'POST', url, { answers: completeAnswers(programme) });
    expect(early.json().code).toBe('CALL_NOT_OPEN');
    at('2027-01-10T05:00:00.000Z');
    const draft = await w.as(cookie, 'POST', url, { answers: completeAnswers(programme) });
    expect(draft.statusCode, draft.body).toBe(201);
    at('2027-01-20T19:59:00.000Z');
    const late = await w.as(cookie, 'POST', `/api/applications/${draft.json().id}/submit`);
    expect(late.json().code).toBe('CALL_NOT_OPEN');
    at('2027-01-20T19:58:59.999Z');
    const inTime = await w.as(cookie, 'POST', `/api/applications/${draft.json().id}/submit`);
    expect(inTime.json()).toMatchObject({ status: 'submitted', submittedAt: '2027-01-20T19:58:59.999Z' });
  });

  it('a call’s times in another zone name other instants (New York, UTC−5 in January)', async () => {
    const body = openCallBody({
      opensAt: { date: '2027-01-10', time: '09:00' },
      closesAt: { date: '2027-01-20', time: '23:59' },
      timeZone: 'America/New_York',
    });
    const other = await w.ok('agency_editor', 'PUT', `/api/programmes/${programme.id}/call`, {
      ...body,
      questions: programme.call.questions.map(({ position: _p, ...q }: { position: number }) => q),
    });
    expect(other.call).toMatchObject({
      opensAt: '2027-01-10T14:00:00.000Z',
      closesAt: '2027-01-21T04:59:00.000Z',
    });
  });
});
