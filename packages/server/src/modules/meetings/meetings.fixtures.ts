import { createTestApp } from '../../../test/test-app.ts';
import {
  buildRegistryWorld,
  type Caller,
  insertTestPlace,
  type RegistryWorld,
} from '../registry/registry.fixtures.ts';

// The meetings tests' world: the registry's small network (the secretariat, agencies A and B,
// diaspora organisations, one caller per kind of actor), Baku with its zone, and a few people.

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
// biome-ignore lint/suspicious/noExplicitAny: response bodies in tests are checked field by field
type Body = any;

export interface MeetingsWorld extends RegistryWorld {
  places: { baku: string; noZone: string };
  people: { chairman: string; guest: string; ownerOnlyB: string };
  /** Sends a request and expects `status`; returns the JSON body. */
  ok(who: Caller, method: Method, url: string, payload?: object, status?: number): Promise<Body>;
}

/** A full day's event in Baku at 10:00–17:00 local time, owned by `ownerOrgId`. */
export const bakuMeeting = (ownerOrgId: string, placeId: string, extra: object = {}) => ({
  kind: 'exchange_of_experience',
  title: { en: 'Exchange of experience', az: 'Təcrübə mübadiləsi' },
  startDate: '2019-02-08',
  startTime: '10:00',
  endDate: '2019-02-08',
  endTime: '17:00',
  placeId,
  venue: 'State Committee on Work with Diaspora',
  ownerOrgId,
  ...extra,
});

/** Builds the world on a fresh test app. */
export async function buildMeetingsWorld(): Promise<MeetingsWorld> {
  const w = await buildRegistryWorld(await createTestApp());
  const db = w.t.database.db;
  const baku = await insertTestPlace(db, {
    kind: 'city',
    countryCode: 'AZ',
    names: [{ lang: 'en', name: 'Baku' }],
  });
  await db.updateTable('places').set({ time_zone: 'Asia/Baku' }).where('id', '=', baku).execute();
  const noZone = await insertTestPlace(db, {
    kind: 'other',
    countryCode: 'AZ',
    names: [{ lang: 'en', name: 'Somewhere' }],
  });
  const ok: MeetingsWorld['ok'] = async (who, method, url, payload, status) => {
    const response = await w.call(who, method, url, payload);
    const expected = status ?? (method === 'POST' ? 201 : method === 'DELETE' ? 204 : 200);
    if (response.statusCode !== expected) {
      throw new Error(
        `${method} ${url} as ${who}: ${response.statusCode} (expected ${expected}) ${response.body}`,
      );
    }
    return response.body ? response.json() : null;
  };
  const person = async (name: string, ownerOrgId: string, visibility = 'public', positions: object[] = []) =>
    (
      await ok('secretariat', 'POST', '/api/people', {
        names: [{ fullName: name }],
        ownerOrgId,
        visibility,
        positions,
      })
    ).id as string;
  const people = {
    chairman: await person('Fuad Muradov', w.orgs.agencyA, 'public', [
      {
        title: { en: 'Deputy Chairman' },
        organisationId: w.orgs.agencyA,
        fromDate: '2010-01-01',
        toDate: '2018-12-31',
      },
      { title: { en: 'Chairman' }, organisationId: w.orgs.agencyA, fromDate: '2019-01-01' },
    ]),
    guest: await person('Galieva Jarkhinay', w.orgs.agencyB),
    ownerOnlyB: await person('Private Person B', w.orgs.agencyB, 'owner'),
  };
  return { ...w, places: { baku, noZone }, people, ok };
}
