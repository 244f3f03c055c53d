import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, mailsTo, signIn } from '../../../test/factories.ts';
import { ORIGIN } from '../../../test/test-app.ts';
import { UNKNOWN_ID } from '../../../test/permissions.ts';
import { bakuMeeting, buildMeetingsWorld, type MeetingsWorld } from './meetings.fixtures.ts';

let w: MeetingsWorld;
let eventId: string;
const url = (path = '') => `/api/events/${eventId}${path}`;

beforeAll(async () => {
  w = await buildMeetingsWorld();
  eventId = (
    await w.ok(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.places.baku, { status: 'held' }),
    )
  ).id;
});
afterAll(() => w.t.close());

describe('delegations and participants', () => {
  it('records a delegation with its head, and participants with their roles and attendance', async () => {
    const delegation = await w.ok('agency_editor', 'POST', url('/delegations'), {
      countryCode: 'KG',
      organisationId: w.orgs.agencyB,
      headPersonId: w.people.guest,
    });
    expect(delegation).toMatchObject({
      countryCode: 'KG',
      organisation: { id: w.orgs.agencyB },
      head: { id: w.people.guest, name: 'Galieva Jarkhinay' },
    });
    const participant = await w.ok('agency_editor', 'POST', url('/participants'), {
      personId: w.people.guest,
      delegationId: delegation.id,
      role: 'head_of_delegation',
    });
    const present = await w.ok('agency_editor', 'PATCH', url(`/participants/${participant.id}`), {
      attendance: 'present',
    });
    expect(present).toMatchObject({
      role: 'head_of_delegation',
      attendance: 'present',
      delegationId: delegation.id,
    });
    const twice = await w.call('agency_editor', 'POST', url('/participants'), { personId: w.people.guest });
    expect(twice.json().code).toBe('ALREADY_EXISTS');
    const unknown = await w.call('agency_editor', 'POST', url('/participants'), { personId: UNKNOWN_ID });
    expect(unknown.json()).toMatchObject({ code: 'UNKNOWN_PERSON', errors: [{ path: 'body.personId' }] });
    const neither = await w.call('agency_editor', 'POST', url('/delegations'), {
      headPersonId: w.people.guest,
    });
    expect(neither.json().code).toBe('VALIDATION_FAILED');
  });

  it('never shows the public a participant whose record is not public', async () => {
    await w.ok('secretariat', 'POST', url('/participants'), {
      personId: w.people.ownerOnlyB,
      role: 'observer',
    });
    const names = async (who: 'anonymous' | 'editorB') =>
      (await w.ok(who, 'GET', url())).participants.map((p: { person: { id: string } }) => p.person.id);
    expect(await names('anonymous')).not.toContain(w.people.ownerOnlyB);
    expect(await names('editorB')).toContain(w.people.ownerOnlyB);
  });
});

describe('invitations and answers', () => {
  it('mails the invitation in the person’s language and lets only them (or the editors) answer', async () => {
    const account = await buildAccount(w.t.database.db, { email: 'chairman@example.org' });
    await w.t.database.db
      .updateTable('accounts')
      .set({ person_id: w.people.chairman, locale: 'ru' })
      .where('id', '=', account.id)
      .execute();
    const participant = await w.ok('agency_editor', 'POST', url('/participants'), {
      personId: w.people.chairman,
    });
    const invited = await w.ok(
      'agency_editor',
      'POST',
      url(`/participants/${participant.id}/invitation`),
      {},
      200,
    );
    expect(invited.invitation).toBe('invited');
    const [mail] = await mailsTo(w.t.database.db, 'chairman@example.org');
    expect(mail).toMatchObject({ template: 'eventInvitation', locale: 'ru' });
    expect(mail?.subject).toBe('Приглашение: Exchange of experience');
    expect(mail?.text_body).toContain('(Asia/Baku)');
    expect(mail?.text_body).toContain(`${ORIGIN}/events/${eventId}`);

    const stranger = await w.call('member', 'POST', url(`/participants/${participant.id}/rsvp`), {
      response: 'accepted',
    });
    expect(stranger.statusCode).toBe(403);
    const cookie = await signIn(w.t.app, 'chairman@example.org');
    const own = await w.t.app.inject({
      method: 'POST',
      url: url(`/participants/${participant.id}/rsvp`),
      headers: { origin: ORIGIN, cookie },
      payload: { response: 'tentative' },
    });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ invitation: 'tentative', respondedAt: expect.any(String) });
  });

  it('shows the invited person’s own account its invitation (myInvitation), and no one else', async () => {
    const own = await w.ok(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.places.baku),
    );
    const ownUrl = `/api/events/${own.id}`;
    const person = (
      await w.ok('secretariat', 'POST', '/api/people', {
        names: [{ fullName: 'Aygerim Own' }],
        ownerOrgId: w.orgs.agencyA,
      })
    ).id;
    const account = await buildAccount(w.t.database.db, { email: 'guest-own@example.org' });
    await w.t.database.db
      .updateTable('accounts')
      .set({ person_id: person })
      .where('id', '=', account.id)
      .execute();
    const cookie = await signIn(w.t.app, 'guest-own@example.org');
    const mine = async () => {
      const response = await w.t.app.inject({ method: 'GET', url: ownUrl, headers: { cookie } });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().myInvitation;
    };
    const participant = await w.ok('agency_editor', 'POST', `${ownUrl}/participants`, { personId: person });
    expect(await mine()).toBeNull();
    await w.ok(
      'agency_editor',
      'POST',
      `${ownUrl}/participants/${participant.id}/invitation`,
      { email: 'guest-own@example.org' },
      200,
    );
    expect(await mine()).toEqual({ participantId: participant.id, invitation: 'invited', respondedAt: null });
    expect((await w.ok('member', 'GET', ownUrl)).myInvitation).toBeNull();
    expect((await w.ok('agency_editor', 'GET', ownUrl)).myInvitation).toBeNull();
    expect((await w.ok('anonymous', 'GET', ownUrl)).myInvitation).toBeNull();

    const answer = await w.t.app.inject({
      method: 'POST',
      url: `${ownUrl}/participants/${participant.id}/rsvp`,
      headers: { origin: ORIGIN, cookie },
      payload: { response: 'declined' },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(await mine()).toEqual({
      participantId: participant.id,
      invitation: 'declined',
      respondedAt: answer.json().respondedAt,
    });
  });

  it('gives an account its invitation even where it may not read its own person record', async () => {
    const event = await w.ok(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyA, w.places.baku),
    );
    const eventUrl = `/api/events/${event.id}`;
    const account = await buildAccount(w.t.database.db, { email: 'private-b@example.org' });
    await w.t.database.db
      .updateTable('accounts')
      .set({ person_id: w.people.ownerOnlyB })
      .where('id', '=', account.id)
      .execute();
    const participant = await w.ok('secretariat', 'POST', `${eventUrl}/participants`, {
      personId: w.people.ownerOnlyB,
    });
    await w.ok('secretariat', 'POST', `${eventUrl}/participants/${participant.id}/invitation`, {}, 200);
    const cookie = await signIn(w.t.app, 'private-b@example.org');
    const response = await w.t.app.inject({ method: 'GET', url: eventUrl, headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(detail.participants.map((p: { id: string }) => p.id)).not.toContain(participant.id);
    expect(detail.myInvitation).toEqual({
      participantId: participant.id,
      invitation: 'invited',
      respondedAt: null,
    });
  });

  it('refuses to invite a person with no known address (NO_EMAIL_ADDRESS), and changes nothing', async () => {
    const participant = (await w.ok('agency_editor', 'GET', url())).participants.find(
      (p: { person: { id: string } }) => p.person.id === w.people.guest,
    );
    const response = await w.call(
      'agency_editor',
      'POST',
      url(`/participants/${participant.id}/invitation`),
      {},
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('NO_EMAIL_ADDRESS');
    const after = (await w.ok('agency_editor', 'GET', url())).participants.find(
      (p: { id: string }) => p.id === participant.id,
    );
    expect(after.invitation).toBeNull();
    const given = await w.ok(
      'agency_editor',
      'POST',
      url(`/participants/${participant.id}/invitation`),
      {
        email: 'galieva@example.org',
        locale: 'ky',
      },
      200,
    );
    expect(given.invitation).toBe('invited');
    const [mail] = await mailsTo(w.t.database.db, 'galieva@example.org');
    expect(mail?.subject).toBe('Чакыруу: Exchange of experience');
  });
});

describe('participation history of a person', () => {
  it('counts the events a person took part in and those they spoke at, as the caller may see them', async () => {
    await w.ok('agency_editor', 'POST', url('/programme'), {
      kind: 'speech',
      speakers: [{ personId: w.people.guest }],
    });
    const hidden = await w.ok('editorB', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyB, w.places.baku),
      visibility: 'owner',
    });
    await w.ok('editorB', 'POST', `/api/events/${hidden.id}/programme`, {
      kind: 'speech',
      speakers: [{ personId: w.people.guest }],
    });
    const seen = await w.ok('editorB', 'GET', `/api/people/${w.people.guest}/participation`);
    expect(seen).toMatchObject({ events: 2, spoke: 2 });
    const anonymous = await w.ok('anonymous', 'GET', `/api/people/${w.people.guest}/participation`);
    expect(anonymous).toMatchObject({ events: 1, spoke: 1 });
    expect(anonymous.items[0]).toMatchObject({
      event: { id: eventId },
      role: 'head_of_delegation',
      attendance: 'present',
      speeches: 1,
    });
    const notVisible = await w.call('anonymous', 'GET', `/api/people/${w.people.ownerOnlyB}/participation`);
    expect(notVisible.statusCode).toBe(404);
  });
});
