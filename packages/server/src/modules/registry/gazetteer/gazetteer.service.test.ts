import { matchKeys } from '@kopru/turkic';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/test-app.ts';
import { GAZETTEER, GAZETTEER_COUNTRIES, UI_LANGUAGES } from './gazetteer.data.ts';
import { type GazetteerSeedResult, scriptOf, seedGazetteer } from './gazetteer.service.ts';

const silentLogger = pino({ level: 'silent' });
const CYRILLIC = /^[\p{Script=Cyrillic}\s\-–.,«»"'()0-9]+$/u;

let t: TestApp;
let first: GazetteerSeedResult;

beforeAll(async () => {
  t = await createTestApp();
  first = await seedGazetteer(t.database.db, silentLogger);
});
afterAll(async () => {
  await t.close();
});

const db = () => t.database.db;
const placeBySlug = (slug: string) =>
  db().selectFrom('places').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
const namesOf = (placeId: string) =>
  db().selectFrom('place_names').selectAll().where('place_id', '=', placeId).orderBy('sort').execute();
const count = async (table: 'places' | 'place_names' | 'name_keys') =>
  Number(
    (
      await db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the gazetteer data', () => {
  it('has unique slugs, each parent listed before its children', () => {
    const seen = new Set<string>();
    for (const place of GAZETTEER) {
      expect(seen.has(place.slug), place.slug).toBe(false);
      if (place.parent) expect(seen.has(place.parent), `${place.slug} → ${place.parent}`).toBe(true);
      seen.add(place.slug);
    }
  });

  it('gives valid time zones, coordinates and date ranges', () => {
    for (const place of GAZETTEER) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: place.timeZone }), place.slug).not.toThrow();
      if (place.kind === 'city') {
        expect(Math.abs(place.latitude ?? 999), place.slug).toBeLessThanOrEqual(90);
        expect(Math.abs(place.longitude ?? 999), place.slug).toBeLessThanOrEqual(180);
      }
      for (const n of place.names) {
        for (const d of [n.from, n.to]) if (d) expect(d, place.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (n.from && n.to) expect(n.from < n.to, `${place.slug} ${n.name}`).toBe(true);
        if (n.from || n.to) expect(n.type, `${place.slug} ${n.name}`).toBe('historical');
      }
    }
  });

  it('tells scripts apart', () => {
    expect(scriptOf('Өскемен')).toBe('Cyrl');
    expect(scriptOf('Oʻzbekiston')).toBe('Latn');
    expect(scriptOf('Washington, D.C.')).toBe('Latn');
    expect(scriptOf('تبریز')).toBe('Arab');
    expect(scriptOf('东京')).toBe('other');
  });
});

describe('seeding the gazetteer', () => {
  it('inserts every place with its names and match keys, once', async () => {
    expect(first.places).toBe(GAZETTEER.length);
    expect(first.names).toBe(GAZETTEER.reduce((n, p) => n + p.names.length, 0));
    expect(await count('places')).toBe(GAZETTEER.length);
    const keyed = await db()
      .selectFrom('name_keys')
      .select((eb) => eb.fn.count('entity_id').distinct().as('n'))
      .where('entity_type', '=', 'place')
      .executeTakeFirstOrThrow();
    expect(Number(keyed.n)).toBe(GAZETTEER.length);
  });

  it('inserts nothing on a second run, and audits only the first', async () => {
    const before = [await count('places'), await count('place_names'), await count('name_keys')];
    expect(await seedGazetteer(db(), silentLogger)).toEqual({ places: 0, names: 0 });
    expect([await count('places'), await count('place_names'), await count('name_keys')]).toEqual(before);
    const audits = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'gazetteer.seeded')
      .execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actor_label: 'system', entity_type: 'place' });
  });

  it('inserts only what is missing, keeping existing places', async () => {
    const osh = await placeBySlug('city-kg-osh');
    await db().deleteFrom('places').where('slug', '=', 'city-kg-karakol').execute();
    expect(await seedGazetteer(db(), silentLogger)).toMatchObject({ places: 1 });
    expect((await placeBySlug('city-kg-osh')).id).toBe(osh.id);
    const karakol = await placeBySlug('city-kg-karakol');
    expect(karakol.parent_id).toBe((await placeBySlug('country-kg')).id);
  });

  it('adds reference names that a seeded place lacks, unless an editor has changed the place', async () => {
    const aktobe = await placeBySlug('city-kz-aktobe');
    const taraz = await placeBySlug('city-kz-taraz');
    // As if both had been seeded before these names were in the data; Taraz then edited by hand.
    await db()
      .deleteFrom('place_names')
      .where('place_id', 'in', [aktobe.id, taraz.id])
      .where('name', 'in', ['Aktyubinsk', 'Актюбинск', 'Mirzoyan'])
      .execute();
    await db()
      .insertInto('audit_log')
      .values({ action: 'place.updated', entity_type: 'place', entity_id: taraz.id })
      .execute();

    expect(await seedGazetteer(db(), silentLogger)).toEqual({ places: 0, names: 2 });
    const names = await namesOf(aktobe.id);
    expect(names).toContainEqual(
      expect.objectContaining({
        lang: 'en',
        name: 'Aktyubinsk',
        name_type: 'historical',
        valid_to: '1999-01-01',
      }),
    );
    expect(new Set(names.map((n) => n.sort)).size).toBe(names.length);
    expect(names.at(-1)?.name).toBe('Aktyubinsk');
    const keys = await db()
      .selectFrom('name_keys')
      .select('key')
      .where('entity_type', '=', 'place')
      .where('entity_id', '=', aktobe.id)
      .execute();
    expect(keys.map((k) => k.key)).toEqual(expect.arrayContaining(matchKeys('Aktyubinsk')));
    expect((await namesOf(taraz.id)).map((n) => n.name)).not.toContain('Mirzoyan');
    const audit = await db()
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'gazetteer.names-added')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ names: 2, slugs: ['city-kz-aktobe'] });
    expect(await seedGazetteer(db(), silentLogger)).toEqual({ places: 0, names: 0 });
  });

  it('records OTS status: members, observers, and the TRNC as a region without an ISO code', async () => {
    const countries = await db()
      .selectFrom('places')
      .select(['country_code', 'ots_status'])
      .where('kind', '=', 'country')
      .execute();
    const status = (s: string) =>
      countries
        .filter((c) => c.ots_status === s)
        .map((c) => c.country_code)
        .sort();
    expect(status('member')).toEqual(['AZ', 'KG', 'KZ', 'TR', 'UZ']);
    expect(status('observer')).toEqual(['HU', 'TM']);
    expect(countries.length).toBeGreaterThanOrEqual(43);
    const trnc = await placeBySlug('region-trnc');
    expect(trnc).toMatchObject({
      kind: 'region',
      country_code: null,
      ots_status: 'observer',
      parent_id: null,
    });
    expect((await placeBySlug('city-trnc-lefkosa')).parent_id).toBe(trnc.id);
  });

  it('names every country (and the TRNC) in all seven interface languages, kk and ky in Cyrillic', async () => {
    for (const slug of [...GAZETTEER_COUNTRIES.map((c) => c.slug), 'region-trnc']) {
      const names = await namesOf((await placeBySlug(slug)).id);
      const official = names.filter((n) => n.name_type === 'official');
      for (const lang of UI_LANGUAGES)
        expect(
          official.map((n) => n.lang),
          slug,
        ).toContain(lang);
    }
    const kkKy = await db().selectFrom('place_names').selectAll().where('lang', 'in', ['kk', 'ky']).execute();
    expect(kkKy.length).toBeGreaterThan(150);
    for (const n of kkKy) {
      expect(n.script, n.name).toBe('Cyrl');
      expect(n.name).toMatch(CYRILLIC);
    }
  });

  it('puts every city in its country, with coordinates and a time zone', async () => {
    const cities = await db()
      .selectFrom('places as c')
      .innerJoin('places as p', 'p.id', 'c.parent_id')
      .select(['c.slug', 'c.country_code', 'p.country_code as parent_code', 'c.latitude', 'c.time_zone'])
      .where('c.kind', '=', 'city')
      .execute();
    expect(cities.length).toBe(GAZETTEER.filter((p) => p.kind === 'city').length);
    for (const c of cities) {
      const label = c.slug ?? '';
      expect(c.country_code, label).toBe(c.parent_code);
      expect(c.latitude, label).not.toBeNull();
      expect(c.time_zone, label).toBeTruthy();
    }
    expect(await placeBySlug('city-kz-oskemen')).toMatchObject({
      country_code: 'KZ',
      time_zone: 'Asia/Almaty',
    });
  });

  it('keeps historical and foreign names: Frunze → Bishkek, Ust-Kamenogorsk → Өскемен', async () => {
    const bishkek = await namesOf((await placeBySlug('city-kg-bishkek')).id);
    expect(bishkek).toContainEqual(
      expect.objectContaining({
        lang: 'en',
        name: 'Frunze',
        name_type: 'historical',
        valid_to: '1991-02-05',
      }),
    );
    expect(bishkek).toContainEqual(
      expect.objectContaining({ lang: 'ky', name: 'Бишкек', name_type: 'official', script: 'Cyrl' }),
    );
    const oskemen = await namesOf((await placeBySlug('city-kz-oskemen')).id);
    expect(oskemen).toContainEqual(
      expect.objectContaining({ lang: 'kk', name: 'Өскемен', name_type: 'official' }),
    );
    expect(oskemen).toContainEqual(
      expect.objectContaining({ name: 'Ust-Kamenogorsk', name_type: 'foreign' }),
    );
    expect(oskemen).toContainEqual(expect.objectContaining({ lang: 'ru', name: 'Усть-Каменогорск' }));
    const astana = await namesOf((await placeBySlug('city-kz-astana')).id);
    expect(astana).toContainEqual(
      expect.objectContaining({
        name: 'Nur-Sultan',
        name_type: 'historical',
        valid_from: '2019-03-23',
        valid_to: '2022-09-17',
      }),
    );
    expect(astana.map((n) => n.name)).toEqual(
      expect.arrayContaining(['Akmola', 'Tselinograd', 'Целиноград']),
    );
  });

  it('finds a place by the match keys of an old or foreign name', async () => {
    for (const [query, slug] of [
      ['Frunze', 'city-kg-bishkek'],
      ['Ust-Kamenogorsk', 'city-kz-oskemen'],
      ['Alma-Ata', 'city-kz-almaty'],
      ['Kirovabad', 'city-az-ganja'],
      ['Krasnovodsk', 'city-tm-turkmenbashi'],
      ['Samarqand', 'city-uz-samarkand'],
    ] as const) {
      const hits = await db()
        .selectFrom('name_keys')
        .innerJoin('places', 'places.id', 'name_keys.entity_id')
        .select('places.slug')
        .where('name_keys.entity_type', '=', 'place')
        .where('name_keys.key', 'in', matchKeys(query))
        .execute();
      expect(new Set(hits.map((h) => h.slug)), query).toContain(slug);
    }
  });
});

describe('searching places by their Russian-era and foreign names', () => {
  const placeSearch = async (text: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/search?q=${encodeURIComponent(text)}&types=place&limit=5`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().results as { type: string; id: string; label: string; matched: string }[];
  };

  it('finds Aktobe for "Aktyubinsk" and Almaty for "Alma-Ata"', async () => {
    const [aktobe] = await placeSearch('Aktyubinsk');
    expect(aktobe).toMatchObject({
      type: 'place',
      id: (await placeBySlug('city-kz-aktobe')).id,
      matched: 'Aktyubinsk',
    });
    const [almaty] = await placeSearch('Alma-Ata');
    expect(almaty).toMatchObject({
      id: (await placeBySlug('city-kz-almaty')).id,
      matched: 'Alma-Ata',
    });
  });

  it.each([
    ['Semipalatinsk', 'city-kz-semey'],
    ['Guryev', 'city-kz-atyrau'],
    ['Chimkent', 'city-kz-shymkent'],
    ['Dzhambul', 'city-kz-taraz'],
    ['Zhambyl', 'city-kz-taraz'],
    ['Kustanai', 'city-kz-kostanay'],
    ['Qostanay', 'city-kz-kostanay'],
    ['Uralsk', 'city-kz-oral'],
    ['Petropavlovsk', 'city-kz-petropavl'],
    ['Kzyl-Orda', 'city-kz-kyzylorda'],
    ['Taldy-Kurgan', 'city-kz-taldykorgan'],
    ['Qaraghandy', 'city-kz-karaganda'],
    ['Kokchetav', 'city-kz-kokshetau'],
    ['Tselinograd', 'city-kz-astana'],
    ['Przhevalsk', 'city-kg-karakol'],
    ['Krasnovodsk', 'city-tm-turkmenbashi'],
    ['Ashkhabad', 'city-tm-ashgabat'],
    ['Tashauz', 'city-tm-dashoguz'],
    ['Chardzhou', 'city-tm-turkmenabat'],
    ['Kirovabad', 'city-az-ganja'],
    ['Elisavetpol', 'city-az-ganja'],
    ['Sumgait', 'city-az-sumqayit'],
    ['Lenkoran', 'city-az-lankaran'],
    ['Samarqand', 'city-uz-samarkand'],
    ['Buxoro', 'city-uz-bukhara'],
    ['Xiva', 'city-uz-khiva'],
    ['Kokand', 'city-uz-kokand'],
    ["Qo'qon", 'city-uz-kokand'],
    ['Andijon', 'city-uz-andijan'],
    ['Fargona', 'city-uz-fergana'],
    ['Navoi', 'city-uz-navoiy'],
  ])('finds the place for %s first', async (query, slug) => {
    const [first] = await placeSearch(query);
    expect(first?.id, JSON.stringify(first)).toBe((await placeBySlug(slug)).id);
  });
});

describe('seeding beside a country recorded by hand', () => {
  it('reuses that country as the parent of its cities', async () => {
    const other = await createTestApp();
    try {
      const { id } = await other.database.db
        .insertInto('places')
        .values({ kind: 'country', country_code: 'DE' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const result = await seedGazetteer(other.database.db, silentLogger);
      expect(result.places).toBe(GAZETTEER.length - 1);
      const berlin = await other.database.db
        .selectFrom('places')
        .select('parent_id')
        .where('slug', '=', 'city-de-berlin')
        .executeTakeFirstOrThrow();
      expect(berlin.parent_id).toBe(id);
    } finally {
      await other.close();
    }
  });
});
