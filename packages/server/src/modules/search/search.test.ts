import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, signIn } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import {
  insertSearchableOrganisation,
  insertSearchablePerson,
  insertSearchablePlace,
} from './search.fixtures.ts';
import type { SearchResult } from './search.schema.ts';

let t: TestApp;
const ids: Record<string, string> = {};
const cookies: Record<'member' | 'ownerEditor' | 'otherEditor' | 'secretariat', string> = {
  member: '',
  ownerEditor: '',
  otherEditor: '',
  secretariat: '',
};

async function search(query: string, cookie?: string): Promise<SearchResult[]> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/search?${query}`,
    headers: cookie ? { cookie } : {},
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().results;
}

const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const body = await buildOrganisation(db, { name: 'Ministry of Foreign Affairs' });
  const otherBody = await buildOrganisation(db, { name: 'State Committee on Diaspora' });
  const secretariat = await buildOrganisation(db, { name: 'Secretariat' });
  const accounts = {
    member: await buildAccount(db),
    ownerEditor: await buildAccount(db, { role: 'agency_editor', organisationId: body.id }),
    otherEditor: await buildAccount(db, { role: 'agency_editor', organisationId: otherBody.id }),
    secretariat: await buildAccount(db, { role: 'secretariat', organisationId: secretariat.id }),
  };
  for (const [who, account] of Object.entries(accounts)) {
    cookies[who as keyof typeof cookies] = await signIn(t.app, account.email);
  }

  ids.galieva = await insertSearchablePerson(db, { names: ['Галиева Жаркынай'] });
  ids.kocaman = await insertSearchablePerson(db, { names: ['Ömer Kocaman', 'Омер Коджаман'] });
  ids.kocak = await insertSearchablePerson(db, { names: ['Ömer Koçak'] });
  ids.jafarov = await insertSearchablePerson(db, { names: ['Cəfərov'] });
  ids.elnurJafarov = await insertSearchablePerson(db, { names: ['Elnur Cəfərov'] });
  ids.imanbayev = await insertSearchablePerson(db, {
    names: [{ fullName: 'Meiram Imanbayev' }, { fullName: 'Мейрам Иманбаев', primary: true }],
  });
  ids.huseynov = await insertSearchablePerson(db, { names: ['Rəşad Hüseynov'], visibility: 'network' });
  ids.sarsenbaev = await insertSearchablePerson(db, {
    names: ['Нұрлан Сәрсенбаев'],
    visibility: 'owner',
    ownerOrgId: body.id,
  });
  ids.ots = await insertSearchableOrganisation(db, {
    kind: 'international_org',
    names: [
      { name: 'Türk Devletleri Teşkilatı', lang: 'tr' },
      { name: 'Organization of Turkic States', lang: 'en', abbreviation: 'OTS' },
      {
        name: 'Cooperation Council of Turkic Speaking States',
        lang: 'en',
        abbreviation: 'CCTS',
        nameType: 'former',
        validTo: '2021-11-12',
      },
    ],
  });
  ids.turkestanSociety = await insertSearchableOrganisation(db, { names: ['Turkestan'] });
  ids.turkestanCity = await insertSearchablePlace(db, {
    countryCode: 'KZ',
    names: [
      { name: 'Түркістан', lang: 'kk' },
      { name: 'Turkistan', lang: 'en' },
    ],
  });
  ids.bishkek = await insertSearchablePlace(db, {
    countryCode: 'KG',
    names: [
      { name: 'Бишкек', lang: 'ky' },
      { name: 'Bishkek', lang: 'en' },
      { name: 'Фрунзе', lang: 'ru', nameType: 'historical', validTo: '1991-02-05' },
      { name: 'Frunze', lang: 'en', nameType: 'historical', validTo: '1991-02-05' },
    ],
  });
  ids.ownerOnlyOrg = await insertSearchableOrganisation(db, {
    names: ['Qazaq Diaspora Dostyq Qoğamı'],
    visibility: 'owner',
    ownerOrgId: body.id,
  });
});
afterAll(() => t.close());

describe('GET /api/search', () => {
  it('finds a Kyrgyz Cyrillic record from a Latin spelling in the other order', async () => {
    const [first] = await search(q('Zharkynai Galieva'));
    expect(first).toMatchObject({
      type: 'person',
      id: ids.galieva,
      label: 'Галиева Жаркынай',
      matched: 'Галиева Жаркынай',
    });
    expect(first?.score).toBeGreaterThanOrEqual(0.8);
  });

  it('finds "Ömer Kocaman" from the press spelling "Omar Kojaman", ahead of the look-alike', async () => {
    const results = await search(q('Omar Kojaman'));
    expect(results[0]).toMatchObject({ type: 'person', id: ids.kocaman, label: 'Ömer Kocaman' });
    expect(results.findIndex((r) => r.id === ids.kocak)).not.toBe(0);
  });

  it('finds "Cəfərov" from the Russian-style romanisation "Dzhafarov"', async () => {
    const [first] = await search(q('Dzhafarov'));
    expect(first).toMatchObject({ type: 'person', id: ids.jafarov, label: 'Cəfərov', matched: 'Cəfərov' });
  });

  it('finds Bishkek by its historical name, labelled with its official English name', async () => {
    const [first] = await search(q('Frunze'));
    expect(first).toMatchObject({ type: 'place', id: ids.bishkek, label: 'Bishkek', matched: 'Frunze' });
    const [cyrillic] = await search(q('Фрунзе'));
    expect(cyrillic).toMatchObject({ id: ids.bishkek, label: 'Bishkek', matched: 'Фрунзе' });
  });

  it('tolerates typos', async () => {
    // One word, so no other word to share: the trigram steps.
    expect((await search(q('Bishkke')))[0]?.id).toBe(ids.bishkek);
    // A typo in one word: the word step (the other word is equal).
    expect((await search(q('Omer Kocamn')))[0]?.id).toBe(ids.kocaman);
    // A typo in every word: nothing shares a word, the trigram steps.
    expect((await search(q('Omr Kocamn')))[0]?.id).toBe(ids.kocaman);
    expect((await search(q('Meiram Imanbaev')))[0]?.id).toBe(ids.imanbayev);
  });

  it('reports the primary name as label and the stored spelling that matched best', async () => {
    const [kocaman] = await search(q('Омер Коджаман'));
    expect(kocaman).toMatchObject({ id: ids.kocaman, label: 'Ömer Kocaman', matched: 'Омер Коджаман' });
    expect(kocaman?.score).toBe(1);
    const [imanbayev] = await search(q('Imanbayev Meiram'));
    expect(imanbayev).toMatchObject({ label: 'Мейрам Иманбаев', matched: 'Meiram Imanbayev' });
    const [ots] = await search(q('Cooperation Council of Turkic Speaking States'));
    expect(ots).toMatchObject({
      type: 'organisation',
      id: ids.ots,
      label: 'Organization of Turkic States',
      matched: 'Cooperation Council of Turkic Speaking States',
    });
    const [byAbbreviation] = await search(q('CCTS'));
    expect(byAbbreviation).toMatchObject({ id: ids.ots, label: 'Organization of Turkic States' });
  });

  it('filters by type', async () => {
    const all = await search(q('Turkistan'));
    expect(all.map((r) => r.id).sort()).toEqual([ids.turkestanCity, ids.turkestanSociety].sort());
    expect((await search(q('Turkistan', '&types=place'))).map((r) => r.id)).toEqual([ids.turkestanCity]);
    expect((await search(q('Turkistan', '&types=person,organisation'))).map((r) => r.id)).toEqual([
      ids.turkestanSociety,
    ]);
    expect(await search(q('Turkistan', '&types=person'))).toEqual([]);
  });

  it('returns at most `limit` results, best first', async () => {
    const all = await search(q('Turkistan'));
    expect(all).toHaveLength(2);
    const scores = all.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(await search(q('Turkistan', '&limit=1'))).toEqual(all.slice(0, 1));
  });

  it('returns nothing for a name that is not there', async () => {
    expect(await search(q('Xylophone Quartet'))).toEqual([]);
  });

  it('hides network records from the public and shows them to any account', async () => {
    const query = q('Rashad Guseynov');
    expect((await search(query)).map((r) => r.id)).not.toContain(ids.huseynov);
    expect((await search(query, cookies.member))[0]?.id).toBe(ids.huseynov);
  });

  it('shows owner-only records only to their owner body and the secretariat', async () => {
    const person = q('Nurlan Sarsenbayev');
    const org = q('Kazakh Diaspora Dostyk Kogamy');
    for (const cookie of [undefined, cookies.member, cookies.otherEditor]) {
      expect((await search(person, cookie)).map((r) => r.id)).not.toContain(ids.sarsenbaev);
      expect((await search(org, cookie)).map((r) => r.id)).not.toContain(ids.ownerOnlyOrg);
    }
    for (const cookie of [cookies.ownerEditor, cookies.secretariat]) {
      expect((await search(person, cookie))[0]).toMatchObject({
        id: ids.sarsenbaev,
        label: 'Нұрлан Сәрсенбаев',
      });
      expect((await search(org, cookie))[0]?.id).toBe(ids.ownerOnlyOrg);
    }
  });

  it('finds a person by the surname alone, in another script and romanisation', async () => {
    const [galieva] = await search(q('Galieva'));
    expect(galieva).toMatchObject({
      id: ids.galieva,
      label: 'Галиева Жаркынай',
      matched: 'Галиева Жаркынай',
    });
    expect(galieva?.score).toBeGreaterThanOrEqual(0.8);
    const kocaman = await search(q('Kocaman'));
    expect(kocaman[0]).toMatchObject({ id: ids.kocaman, label: 'Ömer Kocaman' });
    expect(kocaman.map((r) => r.id)).not.toContain(ids.kocak);
    const jafarov = await search(q('Dzhafarov'));
    expect(jafarov.map((r) => r.id)).toContain(ids.elnurJafarov);
    expect(jafarov.find((r) => r.id === ids.elnurJafarov)).toMatchObject({ matched: 'Elnur Cəfərov' });
  });

  it('finds a person by the given name alone', async () => {
    expect((await search(q('Zharkynai')))[0]).toMatchObject({ id: ids.galieva, label: 'Галиева Жаркынай' });
    expect((await search(q('Meiram')))[0]?.id).toBe(ids.imanbayev);
  });

  it('finds a name from a prefix typed so far, ranked below a whole word', async () => {
    const [gali] = await search(q('Gali'));
    expect(gali).toMatchObject({ id: ids.galieva, label: 'Галиева Жаркынай' });
    const [galieva] = await search(q('Galieva'));
    expect(gali!.score).toBeGreaterThanOrEqual(0.8);
    expect(gali!.score).toBeLessThan(galieva!.score);
    expect((await search(q('Galieva Zhar')))[0]?.id).toBe(ids.galieva);
    expect(await search(q('Ga'))).toEqual([]);
  });

  it('ranks a partial match below a full-name match', async () => {
    const results = await search(q('Cəfərov'));
    expect(results.map((r) => r.id)).toEqual([ids.jafarov, ids.elnurJafarov]);
    expect(results[0]!.score).toBe(1);
    expect(results[1]!.score).toBeGreaterThanOrEqual(0.8);
    expect(results[1]!.score).toBeLessThan(results[0]!.score);
    const [full] = await search(q('Zharkynai Galieva'));
    const [part] = await search(q('Galieva'));
    expect(part!.score).toBeLessThan(full!.score);
  });

  it('does not match a different surname', async () => {
    const kocak = (await search(q('Koçak'))).map((r) => r.id);
    expect(kocak).toContain(ids.kocak);
    expect(kocak).not.toContain(ids.kocaman);
    expect(await search(q('Galimova'))).toEqual([]);
    expect(await search(q('Hasanov'), cookies.member)).toEqual([]);
  });

  it('refuses an empty or blank query, an unknown type and an out-of-range limit', async () => {
    for (const query of [
      '',
      'q=',
      'q=%20%20',
      'q=Bishkek&types=planet',
      'q=Bishkek&limit=0',
      'q=Bishkek&limit=51',
    ]) {
      const response = await t.app.inject({ method: 'GET', url: `/api/search?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
    }
  });
});
