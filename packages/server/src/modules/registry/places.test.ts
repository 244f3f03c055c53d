import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { buildRegistryWorld, insertTestPlace, type RegistryWorld } from './registry.fixtures.ts';

let w: RegistryWorld;
let kyrgyzstan: string;
let bishkek: string;

beforeAll(async () => {
  w = await buildRegistryWorld(await createTestApp());
  const db = w.t.database.db;
  kyrgyzstan = await insertTestPlace(db, {
    kind: 'country',
    countryCode: 'KG',
    otsStatus: 'member',
    names: [
      { lang: 'en', name: 'Kyrgyzstan' },
      { lang: 'ky', name: 'Кыргызстан', script: 'Cyrl' },
    ],
  });
  await insertTestPlace(db, {
    kind: 'country',
    countryCode: 'HU',
    otsStatus: 'observer',
    names: [{ lang: 'en', name: 'Hungary' }],
  });
  await insertTestPlace(db, {
    kind: 'country',
    countryCode: 'DE',
    names: [
      { lang: 'en', name: 'Germany' },
      { lang: 'de', name: 'Deutschland' },
    ],
  });
  bishkek = await insertTestPlace(db, {
    kind: 'city',
    countryCode: 'KG',
    parentId: kyrgyzstan,
    names: [
      { lang: 'en', name: 'Bishkek' },
      { lang: 'ky', name: 'Бишкек', script: 'Cyrl' },
      { lang: 'ru', name: 'Фрунзе', script: 'Cyrl', nameType: 'historical' },
    ],
  });
});
afterAll(() => w.t.close());

describe('countries', () => {
  it('lists every country with its OTS status, named in the language asked for, else English', async () => {
    const en = (await w.call('anonymous', 'GET', '/api/countries')).json();
    expect(en).toEqual({
      total: 3,
      items: [
        { code: 'DE', name: 'Germany', otsStatus: 'none', placeId: expect.any(String) },
        { code: 'HU', name: 'Hungary', otsStatus: 'observer', placeId: expect.any(String) },
        { code: 'KG', name: 'Kyrgyzstan', otsStatus: 'member', placeId: kyrgyzstan },
      ],
    });
    const ky = (await w.call('anonymous', 'GET', '/api/countries?lang=ky')).json();
    expect(ky.items.map((c: { name: string }) => c.name)).toEqual(['Germany', 'Hungary', 'Кыргызстан']);
    expect((await w.call('anonymous', 'GET', '/api/countries?lang=KY!')).statusCode).toBe(400);
  });
});

describe('places', () => {
  it('lists places by country, kind and any of their names (historical too)', async () => {
    const frunze = (await w.call('anonymous', 'GET', '/api/places?q=фрунзе')).json();
    expect(frunze.items).toEqual([
      {
        id: bishkek,
        kind: 'city',
        countryCode: 'KG',
        name: 'Bishkek',
        parentId: kyrgyzstan,
        otsStatus: null,
      },
    ]);
    const cities = (await w.call('anonymous', 'GET', '/api/places?country=KG&kind=city&lang=ky')).json();
    expect(cities.items.map((p: { name: string }) => p.name)).toEqual(['Бишкек']);
  });

  it('shows one place with all its names', async () => {
    const detail = (await w.call('anonymous', 'GET', `/api/places/${bishkek}`)).json();
    expect(detail).toMatchObject({ id: bishkek, kind: 'city', countryCode: 'KG', parentId: kyrgyzstan });
    expect(detail.names.map((n: { name: string; nameType: string }) => [n.name, n.nameType])).toEqual([
      ['Bishkek', 'official'],
      ['Бишкек', 'official'],
      ['Фрунзе', 'historical'],
    ]);
    expect(
      (await w.call('anonymous', 'GET', '/api/places/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
  });

  it('lets editors add and change places, with name keys and history in the audit log', async () => {
    const response = await w.call('agency_editor', 'POST', '/api/places', {
      kind: 'city',
      countryCode: 'KZ',
      timeZone: 'Asia/Almaty',
      latitude: 49.95,
      longitude: 82.61,
      names: [
        { lang: 'kk', name: 'Өскемен' },
        { lang: 'ru', name: 'Усть-Каменогорск', nameType: 'foreign' },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    const place = response.json();
    expect(place.names.map((n: { script: string }) => n.script)).toEqual(['Cyrl', 'Cyrl']);
    const db = w.t.database.db;
    const keys = await db
      .selectFrom('name_keys')
      .select('name_id')
      .where('entity_type', '=', 'place')
      .where('entity_id', '=', place.id)
      .execute();
    expect(new Set(keys.map((k) => k.name_id))).toEqual(
      new Set(place.names.map((n: { id: string }) => n.id)),
    );
    const patched = await w.call('secretariat', 'PATCH', `/api/places/${place.id}`, {
      names: [
        { lang: 'kk', name: 'Өскемен' },
        { lang: 'en', name: 'Oskemen' },
      ],
    });
    expect(patched.json().names.map((n: { name: string }) => n.name)).toEqual(['Өскемен', 'Oskemen']);
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'before'])
      .where('entity_id', '=', place.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['place.created', 'place.updated']);
  });

  it('refuses bad places: unknown time zone, coordinates out of range, a second record of a country, a cycle', async () => {
    const bad = await w.call('secretariat', 'POST', '/api/places', {
      kind: 'city',
      countryCode: 'KG',
      timeZone: 'Mars/Olympus',
      latitude: 91,
      names: [{ lang: 'en', name: 'Nowhere' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.latitude', 'body.timeZone']);
    const again = await w.call('secretariat', 'POST', '/api/places', {
      kind: 'country',
      countryCode: 'KG',
      names: [{ lang: 'en', name: 'Kyrgyzstan 2' }],
    });
    expect(again.statusCode).toBe(409);
    const cycle = await w.call('secretariat', 'PATCH', `/api/places/${kyrgyzstan}`, { parentId: bishkek });
    expect(cycle.statusCode).toBe(400);
    expect(
      (
        await w.call('org_rep', 'POST', '/api/places', {
          kind: 'city',
          countryCode: 'KG',
          names: [{ lang: 'en', name: 'X' }],
        })
      ).statusCode,
    ).toBe(403);
  });

  it('links organisations to places', async () => {
    const org = await w.call('secretariat', 'POST', '/api/organisations', {
      kind: 'diaspora_org',
      names: [{ lang: 'en', name: 'Bishkek Friends' }],
      placeId: bishkek,
    });
    expect(org.json().place).toEqual({ id: bishkek, name: 'Bishkek' });
    const bad = await w.call('secretariat', 'POST', '/api/organisations', {
      kind: 'other',
      names: [{ lang: 'en', name: 'Nowhere Friends' }],
      placeId: '00000000-0000-4000-8000-000000000000',
    });
    expect(bad.json().errors).toEqual([{ path: 'body.placeId', message: 'is not a known place' }]);
  });
});
