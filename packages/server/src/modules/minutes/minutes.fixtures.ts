import type { LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { buildAccount, buildOrganisation, signIn } from '../../../test/factories.ts';
import { ORIGIN, type TestApp } from '../../../test/test-app.ts';
import type { Database } from '../../db/schema.ts';
import type { Role } from '../accounts/accounts.table.ts';

// A meeting for the minutes' tests: owned by agency A (Azerbaijan), with delegations of agency A,
// agency B (Türkiye, by organisation) and Kazakhstan (by country alone, so agency C's people belong
// to it); agency D (Kyrgyzstan) takes no part. One signed-in caller per part.

export type MinutesCaller =
  | 'anonymous'
  | 'member'
  | 'editorA'
  | 'adminA'
  | 'editorB'
  | 'editorC'
  | 'editorD'
  | 'secretariat';

export interface MinutesWorld {
  t: TestApp;
  orgs: { network: string; agencyA: string; agencyB: string; agencyC: string; agencyD: string };
  emails: Map<MinutesCaller, string>;
  /** Creates an event owned by agency A with the three delegations; returns its id. */
  meeting(visibility?: 'public' | 'network' | 'owner'): Promise<string>;
  call(
    who: MinutesCaller,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>;
}

async function insertMeeting(
  db: Kysely<Database>,
  orgs: MinutesWorld['orgs'],
  visibility: 'public' | 'network' | 'owner',
): Promise<string> {
  const { id } = await db
    .insertInto('events')
    .values({
      kind: 'meeting',
      title: JSON.stringify({
        en: { value: '5th meeting of the Contact Group', status: 'original' },
        az: { value: 'Əlaqə Qrupunun 5-ci iclası', status: 'human' },
      }),
      start_date: '2019-02-21',
      end_date: '2019-02-21',
      time_zone: 'Asia/Baku',
      starts_at: new Date('2019-02-20T20:00:00Z'),
      ends_at: new Date('2019-02-21T20:00:00Z'),
      owner_org_id: orgs.agencyA,
      visibility,
      status: 'held',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('event_delegations')
    .values([
      { event_id: id, organisation_id: orgs.agencyA, country_code: 'AZ', sort: 0 },
      { event_id: id, organisation_id: orgs.agencyB, country_code: 'TR', sort: 1 },
      { event_id: id, organisation_id: null, country_code: 'KZ', sort: 2 },
    ])
    .execute();
  return id;
}

/** Builds the world on a fresh test app. */
export async function buildMinutesWorld(t: TestApp): Promise<MinutesWorld> {
  const db = t.database.db;
  const org = async (name: string, o: Parameters<typeof buildOrganisation>[1] = {}) =>
    (await buildOrganisation(db, { name, ...o })).id;
  const orgs = {
    network: await org('Organization of Turkic States', { kind: 'international_org' }),
    agencyA: await org('State Committee on Work with Diaspora', { country_code: 'AZ' }),
    agencyB: await org('Presidency for Turks Abroad', { country_code: 'TR' }),
    agencyC: await org('Committee of Public Consent', { country_code: 'KZ' }),
    agencyD: await org('State Migration Service', { country_code: 'KG' }),
  };
  await db
    .insertInto('contacts')
    .values({
      entity_type: 'organisation',
      entity_id: orgs.agencyB,
      kind: 'email',
      value: 'office@ytb.example',
    })
    .execute();
  const grants: [MinutesCaller, Role | undefined, string | undefined, string][] = [
    ['member', undefined, undefined, 'en'],
    ['editorA', 'agency_editor', orgs.agencyA, 'az'],
    ['adminA', 'agency_admin', orgs.agencyA, 'az'],
    ['editorB', 'agency_editor', orgs.agencyB, 'tr'],
    ['editorC', 'agency_editor', orgs.agencyC, 'kk'],
    ['editorD', 'agency_editor', orgs.agencyD, 'ky'],
    ['secretariat', 'secretariat', orgs.network, 'en'],
  ];
  const cookies = new Map<MinutesCaller, string>();
  const emails = new Map<MinutesCaller, string>();
  for (const [who, role, organisationId, locale] of grants) {
    const account = await buildAccount(db, role && organisationId ? { role, organisationId } : {});
    await db.updateTable('accounts').set({ locale }).where('id', '=', account.id).execute();
    cookies.set(who, await signIn(t.app, account.email));
    emails.set(who, account.email);
  }
  return {
    t,
    orgs,
    emails,
    meeting: (visibility = 'public') => insertMeeting(db, orgs, visibility),
    call: (who, method, url, payload) => {
      const cookie = cookies.get(who);
      return t.app.inject({
        method,
        url,
        headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) },
        ...(payload ? { payload } : {}),
      });
    },
  };
}
