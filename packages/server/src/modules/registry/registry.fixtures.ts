import type { LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { buildAccount, buildOrganisation, signIn } from '../../../test/factories.ts';
import type { Who } from '../../../test/permissions.ts';
import { ORIGIN, type TestApp } from '../../../test/test-app.ts';
import type { Database } from '../../db/schema.ts';
import type { Role } from '../accounts/accounts.table.ts';
import type { PlaceKind } from './registry.table.ts';

// A small network for the registry's tests: the secretariat, two agencies, diaspora organisations
// of every visibility curated by agency A, an owner-only record of agency B, and one signed-in
// caller per kind of actor.

export type Caller = Who | 'editorB' | 'adminA';

export interface RegistryWorld {
  t: TestApp;
  orgs: {
    network: string;
    agencyA: string;
    agencyB: string;
    diasporaPublic: string;
    diasporaNetwork: string;
    diasporaOwner: string;
    ownerOnlyB: string;
  };
  cookies: Map<Caller, string>;
  /** Sends a request as `who` (anonymous sends no cookie). */
  call(
    who: Caller,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>;
}

/** Builds the world on a fresh test app. */
export async function buildRegistryWorld(t: TestApp): Promise<RegistryWorld> {
  const db = t.database.db;
  const org = async (name: string, o: Parameters<typeof buildOrganisation>[1] = {}) =>
    (await buildOrganisation(db, { name, ...o })).id;
  const network = await org('Organization of Turkic States', { kind: 'international_org' });
  const agencyA = await org('Agency A for Diaspora Affairs');
  const agencyB = await org('Agency B for Diaspora Affairs');
  const diaspora = {
    kind: 'diaspora_org' as const,
    owner_org_id: agencyA,
    verification: 'submitted' as const,
  };
  const orgs = {
    network,
    agencyA,
    agencyB,
    diasporaPublic: await org('Azerbaijani House Berlin', { ...diaspora, visibility: 'public' }),
    diasporaNetwork: await org('Kazakh Society Vienna', { ...diaspora, visibility: 'network' }),
    diasporaOwner: await org('Uzbek Circle Riga', { ...diaspora, visibility: 'owner' }),
    ownerOnlyB: await org('Agency B Internal Desk', {
      kind: 'other',
      owner_org_id: agencyB,
      visibility: 'owner',
    }),
  };
  const grants: [Caller, Role | undefined, string | undefined][] = [
    ['member', undefined, undefined],
    ['org_rep', 'org_rep', orgs.diasporaPublic],
    ['agency_editor', 'agency_editor', agencyA],
    ['adminA', 'agency_admin', agencyA],
    ['agency_admin', 'agency_admin', agencyB],
    ['editorB', 'agency_editor', agencyB],
    ['secretariat', 'secretariat', network],
  ];
  const cookies = new Map<Caller, string>();
  for (const [who, role, organisationId] of grants) {
    const account = await buildAccount(db, role && organisationId ? { role, organisationId } : {});
    cookies.set(who, await signIn(t.app, account.email));
  }
  return {
    t,
    orgs,
    cookies,
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

/** Every caller of the world, for tables of expectations. */
export const CALLERS: Caller[] = [
  'anonymous',
  'member',
  'org_rep',
  'agency_editor',
  'adminA',
  'agency_admin',
  'editorB',
  'secretariat',
];

/** Inserts a place with names straight into the gazetteer tables (the gazetteer seeds them in real life). */
export async function insertTestPlace(
  db: Kysely<Database>,
  place: {
    kind: PlaceKind;
    countryCode: string;
    otsStatus?: 'member' | 'observer' | 'none';
    parentId?: string;
    names: { lang: string; name: string; script?: 'Latn' | 'Cyrl'; nameType?: 'official' | 'historical' }[];
  },
): Promise<string> {
  const { id } = await db
    .insertInto('places')
    .values({
      kind: place.kind,
      country_code: place.countryCode,
      ots_status: place.otsStatus ?? null,
      parent_id: place.parentId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('place_names')
    .values(
      place.names.map((n, i) => ({
        place_id: id,
        lang: n.lang,
        name: n.name,
        script: n.script ?? 'Latn',
        name_type: n.nameType ?? 'official',
        valid_to: n.nameType === 'historical' ? '1991-01-01' : null,
        sort: i,
      })),
    )
    .execute();
  return id;
}
