import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, signIn } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { demoAccountsFile, seedDemoData } from './demo.service.ts';
import { DEMO_DIASPORA_ORGANISATIONS } from './diaspora.data.ts';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE } from './network.data.ts';
import { AFTER_2019 } from './programmes.after.data.ts';
import { DEMO_APPLICANTS } from './programmes.data.ts';

const silentLogger = pino({ level: 'silent' });
const LINE =
  /^(secretariat|agency-admin|agency-editor|agency-editor-tr|org-rep) ([a-z-]+@demo\.kopru\.example) ([\w-]{16,})$/;

let t: TestApp;
let dataDir: string;
const printed: string[] = [];
let firstRun: boolean;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kopru-demo-'));
  t = await createTestApp({ KOPRU_DATA_DIR: dataDir });
  firstRun = await seedDemoData(t.deps, silentLogger, (text) => printed.push(text));
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const orgBySlug = (slug: string) =>
  t.database.db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
const namesOf = (organisationId: string) =>
  t.database.db
    .selectFrom('organisation_names')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .execute();
const accountsFile = () =>
  readFileSync(demoAccountsFile(t.deps), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => {
      const [, label, email, password] = LINE.exec(line) ?? [];
      return { line, label, email: email!, password: password! };
    });

async function personNamed(fullName: string) {
  const db = t.database.db;
  const match = await db
    .selectFrom('person_names')
    .select('person_id')
    .where('full_name', '=', fullName)
    .executeTakeFirstOrThrow();
  const person = await db
    .selectFrom('people')
    .selectAll()
    .where('id', '=', match.person_id)
    .executeTakeFirstOrThrow();
  const names = await db.selectFrom('person_names').selectAll().where('person_id', '=', person.id).execute();
  const positions = await db
    .selectFrom('positions')
    .innerJoin('organisations', 'organisations.id', 'positions.organisation_id')
    .select(['positions.title', 'positions.from_date', 'organisations.slug'])
    .where('person_id', '=', person.id)
    .execute();
  return { person, names, positions };
}

describe('demo data on first start', () => {
  it('loads the organisations of the press release with their nesting', async () => {
    expect(firstRun).toBe(true);
    const office = await orgBySlug('kz-office-interethnic-consent');
    const committee = await orgBySlug('kz-public-consent-committee');
    const ministry = await orgBySlug('kz-ministry-social-development');
    expect(office.parent_id).toBe(committee.id);
    expect(committee.parent_id).toBe(ministry.id);
    expect(ministry.parent_id).toBeNull();
    expect(office.country_code).toBe('KZ');

    const ots = await orgBySlug('ots');
    const secretariat = await orgBySlug('ots-secretariat');
    expect(secretariat).toMatchObject({ parent_id: ots.id, city: 'Istanbul', country_code: 'TR' });
    expect(ots.owner_org_id).toBe(secretariat.id);

    const ytb = await orgBySlug('tr-ytb');
    const culture = await orgBySlug('tr-ministry-culture-tourism');
    expect(ytb).toMatchObject({ parent_id: culture.id, founded_year: 2010, website: 'https://ytb.gov.tr' });
    expect(culture.owner_org_id).toBe(ytb.id);

    const scwd = await orgBySlug('az-state-committee-diaspora');
    expect(scwd).toMatchObject({
      kind: 'state_body',
      country_code: 'AZ',
      founded_year: 2008,
      owner_org_id: scwd.id,
    });
    expect(await namesOf(scwd.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          lang: 'az',
          name: 'Diasporla İş üzrə Dövlət Komitəsi',
          translation: 'original',
        }),
        expect.objectContaining({
          lang: 'en',
          abbreviation: 'SCWD',
          translation: 'human',
          name_type: 'official',
        }),
      ]),
    );
    const migration = await orgBySlug('kg-state-migration-service');
    expect(await namesOf(migration.id)).toContainEqual(
      expect.objectContaining({
        lang: 'ru',
        name: 'Государственная служба миграции при Правительстве Кыргызской Республики',
      }),
    );
    for (const slug of [
      'uz-committee-interethnic-relations',
      'hu-state-secretariat-national-policy',
      'tm-world-turkmens',
    ]) {
      await orgBySlug(slug);
    }

    const demoOrg = await orgBySlug('demo-az-cultural-association-berlin');
    expect(demoOrg).toMatchObject({
      kind: 'diaspora_org',
      owner_org_id: scwd.id,
      country_code: 'DE',
      city: 'Berlin',
    });
    expect(demoOrg.visibility).toBe('public');
  });

  it('keeps the OTS names: current, former (CCTS, until 2021-11-12) and aliases', async () => {
    const names = await namesOf((await orgBySlug('ots')).id);
    expect(names).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          lang: 'en',
          name: 'Organization of Turkic States',
          abbreviation: 'OTS',
          valid_to: null,
        }),
        expect.objectContaining({ lang: 'tr', name: 'Türk Devletleri Teşkilatı', abbreviation: 'TDT' }),
        expect.objectContaining({ lang: 'ru', name: 'Организация тюркских государств', abbreviation: 'ОТГ' }),
        expect.objectContaining({
          lang: 'en',
          name: 'Cooperation Council of Turkic Speaking States',
          abbreviation: 'CCTS',
          name_type: 'former',
          valid_to: '2021-11-12',
        }),
        expect.objectContaining({ lang: 'en', name: 'Turkic Council', name_type: 'alias' }),
        expect.objectContaining({ name: 'Türk Keneşi', name_type: 'alias' }),
      ]),
    );
  });

  it('shows the public registry to anonymous visitors under current English names', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/organisations?q=Turkic&limit=50' });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toContainEqual(
      expect.objectContaining({
        name: 'Organization of Turkic States',
        abbreviation: 'OTS',
        kind: 'international_org',
      }),
    );
  });

  it('loads the people with every spelling and their positions', async () => {
    const kocaman = await personNamed('Omar Kojaman');
    expect(kocaman.person.visibility).toBe('public');
    expect(kocaman.names).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ full_name: 'Ömer Kocaman', script: 'Latn', lang: 'tr', is_primary: true }),
        expect.objectContaining({ full_name: 'Omar Kojaman', source: 'press', is_primary: false }),
      ]),
    );
    expect(kocaman.positions).toEqual([
      {
        slug: 'ots-secretariat',
        from_date: null,
        title: { en: { value: 'Deputy Secretary General', status: 'original' } },
      },
    ]);

    const muradov = await personNamed('Фуад Мурадов');
    expect(muradov.names.map((n) => [n.full_name, n.script, n.lang])).toEqual(
      expect.arrayContaining([
        ['Fuad Muradov', 'Latn', 'az'],
        ['Фуад Мурадов', 'Cyrl', 'ru'],
      ]),
    );
    expect(muradov.positions[0]).toMatchObject({
      slug: 'az-state-committee-diaspora',
      title: { en: { value: 'Chairman' } },
    });

    const imanbayev = await personNamed('Meiram Imanbayev');
    expect(imanbayev.names.find((n) => n.is_primary)).toMatchObject({
      full_name: 'Мейрам Иманбаев',
      lang: 'kk',
    });
    expect(imanbayev.positions[0]!.slug).toBe('kz-office-interethnic-consent');

    const galieva = await personNamed('Galieva Jarkhinay');
    expect(galieva.names.find((n) => n.is_primary)).toMatchObject({
      full_name: 'Галиева Жаркынай',
      given_name: 'Жаркынай',
      family_name: 'Галиева',
      script: 'Cyrl',
      lang: 'ky',
    });
    expect(galieva.positions[0]!.slug).toBe('kg-state-migration-service');

    expect((await personNamed('Abdulhadi Turus')).positions[0]!.slug).toBe('tr-ytb');
    const ozoral = await personNamed('Erkan Ozaral');
    expect(ozoral.names.find((n) => n.is_primary)!.full_name).toBe('Erkan Özoral');
    expect(ozoral.positions[0]!.slug).toBe('tr-embassy-baku');
    expect(await orgBySlug('tr-embassy-baku')).toMatchObject({
      kind: 'other',
      parent_id: null,
      country_code: 'TR',
    });
  });

  it('creates one account per role in the right organisation', async () => {
    const grants = await t.database.db
      .selectFrom('accounts')
      .innerJoin('role_grants', 'role_grants.account_id', 'accounts.id')
      .innerJoin('organisations', 'organisations.id', 'role_grants.organisation_id')
      .select(['accounts.email', 'accounts.locale', 'role_grants.role', 'organisations.slug'])
      .orderBy('accounts.email')
      .execute();
    expect(grants).toEqual([
      {
        email: 'agency-admin@demo.kopru.example',
        locale: 'az',
        role: 'agency_admin',
        slug: 'az-state-committee-diaspora',
      },
      { email: 'agency-editor-tr@demo.kopru.example', locale: 'tr', role: 'agency_editor', slug: 'tr-ytb' },
      {
        email: 'agency-editor@demo.kopru.example',
        locale: 'az',
        role: 'agency_editor',
        slug: 'az-state-committee-diaspora',
      },
      {
        email: 'org-rep@demo.kopru.example',
        locale: 'az',
        role: 'org_rep',
        slug: 'demo-az-cultural-association-berlin',
      },
      { email: 'secretariat@demo.kopru.example', locale: 'en', role: 'secretariat', slug: 'ots-secretariat' },
    ]);
  });

  it('writes the passwords to a file only its owner can read, and prints them once', () => {
    const file = demoAccountsFile(t.deps);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const lines = accountsFile();
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => l.label)).toEqual([
      'secretariat',
      'agency-admin',
      'agency-editor',
      'agency-editor-tr',
      'org-rep',
    ]);
    expect(new Set(lines.map((l) => l.password)).size).toBe(5);
    expect(printed).toHaveLength(1);
    for (const { line } of lines) expect(printed[0]).toContain(line);
  });

  it('lets every demo account sign in with the password from the file', async () => {
    for (const { email, password } of accountsFile()) {
      const cookie = await signIn(t.app, email, password);
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
      expect(me.json()).toMatchObject({ account: { email }, roles: [expect.anything()] });
    }
  });

  it('records one demo.loaded audit entry by the system, without passwords', async () => {
    const entries = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'demo.loaded')
      .execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor_account_id: null, actor_label: 'system', entity_type: 'demo' });
    const stored = JSON.stringify(entries[0]!.after);
    for (const { password } of accountsFile()) expect(stored).not.toContain(password);
  });

  it('loads nothing on a second start and leaves the file alone', async () => {
    const file = demoAccountsFile(t.deps);
    const before = { text: readFileSync(file, 'utf8'), mtime: statSync(file).mtimeMs };
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('organisations')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const organisations = await count();
    expect(await seedDemoData(t.deps, silentLogger, (text) => printed.push(text))).toBe(false);
    expect(await count()).toBe(organisations);
    expect(readFileSync(file, 'utf8')).toBe(before.text);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
    expect(printed).toHaveLength(1);
    const audits = await t.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'demo.loaded')
      .execute();
    expect(audits).toHaveLength(1);
  });
});

describe('demo data on a database that already has organisations', () => {
  it('loads nothing and writes no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kopru-demo-'));
    const other = await createTestApp({ KOPRU_DATA_DIR: dir });
    try {
      await buildOrganisation(other.database.db, { name: 'An existing organisation' });
      const output: string[] = [];
      expect(await seedDemoData(other.deps, silentLogger, (text) => output.push(text))).toBe(false);
      const accounts = await other.database.db.selectFrom('accounts').select('id').execute();
      const people = await other.database.db.selectFrom('people').select('id').execute();
      expect(accounts).toHaveLength(0);
      expect(people).toHaveLength(0);
      expect(output).toHaveLength(0);
      expect(() => statSync(demoAccountsFile(other.deps))).toThrow();
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('demo diaspora organisations', () => {
  const diaspora = () =>
    t.database.db
      .selectFrom('organisations as o')
      .leftJoin('places as p', 'p.id', 'o.place_id')
      .leftJoin('organisations as c', 'c.id', 'o.owner_org_id')
      .select([
        'o.id',
        'o.slug',
        'o.country_code',
        'o.city',
        'o.communities',
        'o.verification',
        'o.last_verified_on',
        'o.visibility',
        'o.description',
        'p.slug as place',
        'p.country_code as place_country',
        'c.slug as curator',
      ])
      .where('o.kind', '=', 'diaspora_org')
      .execute();

  it('loads them all, in at least 15 countries, each in a gazetteer city of its country', async () => {
    const orgs = await diaspora();
    expect(orgs).toHaveLength(DEMO_DIASPORA_ORGANISATIONS.length + 1);
    expect(orgs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(orgs.map((o) => o.country_code)).size).toBeGreaterThanOrEqual(15);
    for (const o of orgs) {
      expect(o.place, o.slug ?? '').toMatch(/^city-/);
      expect(o.place_country, o.slug ?? '').toBe(o.country_code);
      expect(o.city, o.slug ?? '').toBeTruthy();
      expect(o.communities.length, o.slug ?? '').toBeGreaterThan(0);
    }
    expect(orgs.find((o) => o.slug === 'demo-kz-cultural-association-cologne')).toMatchObject({
      country_code: 'DE',
      city: 'Cologne',
      place: 'city-de-cologne',
      communities: ['kk'],
      curator: 'kz-otandastar',
    });
  });

  it('marks every one as demo, and names it locally, in English and in its community language', async () => {
    for (const o of await diaspora()) {
      const names = await namesOf(o.id);
      expect(
        names.some((n) => n.lang === 'en' && n.name.endsWith(' (demo)')),
        o.slug ?? '',
      ).toBe(true);
      expect(names.map((n) => n.lang)).toEqual(expect.arrayContaining(o.communities));
      for (const n of names.filter((n) => n.lang === 'kk' || n.lang === 'ky'))
        expect(n.name).toMatch(/^[\p{Script=Cyrillic}\s\-–.,«»"()0-9]+$/u);
      if (o.slug !== 'demo-az-cultural-association-berlin')
        expect(o.description?.en?.value).toMatch(/^Demo record/);
    }
    const cologne = await namesOf((await orgBySlug('demo-kz-cultural-association-cologne')).id);
    expect(cologne.map((n) => [n.lang, n.name])).toEqual([
      ['de', 'Kasachischer Kulturverein Köln e.V.'],
      ['en', 'Kazakh Cultural Association Cologne (demo)'],
      ['kk', 'Кёльн қазақ мәдени қауымдастығы'],
    ]);
  });

  it("has them curated by the body of their community's state", async () => {
    const curatorOf: Record<string, string> = {
      az: 'az-state-committee-diaspora',
      tr: 'tr-ytb',
      kk: 'kz-otandastar',
      ky: 'kg-ministry-labour-migration',
      uz: 'uz-committee-interethnic-relations',
      tk: 'tm-world-turkmens',
    };
    for (const o of await diaspora()) {
      const expected =
        o.slug === 'demo-trnc-community-london'
          ? 'trnc-coordination-committee'
          : curatorOf[o.communities[0]!];
      expect(o.curator, o.slug ?? '').toBe(expected);
    }
  });

  it('mixes verification states, dates the verified ones, and keeps a few network-only', async () => {
    const orgs = await diaspora();
    const by = (state: string) => orgs.filter((o) => o.verification === state);
    for (const state of ['submitted', 'verified', 'archived'])
      expect(by(state).length, state).toBeGreaterThan(1);
    for (const o of by('verified')) expect(o.last_verified_on, o.slug ?? '').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const o of by('submitted')) expect(o.last_verified_on).toBeNull();
    expect(orgs.filter((o) => o.visibility === 'network').length).toBeGreaterThanOrEqual(3);
  });

  it('gives some public contacts on example.org only', async () => {
    const contacts = await t.database.db
      .selectFrom('contacts')
      .innerJoin('organisations', 'organisations.id', 'contacts.entity_id')
      .select(['contacts.kind', 'contacts.value', 'contacts.visibility', 'organisations.website'])
      .where('organisations.kind', '=', 'diaspora_org')
      .execute();
    expect(contacts.length).toBeGreaterThanOrEqual(20);
    for (const c of contacts) {
      expect(c.value).toMatch(/^(https:\/\/example\.org\/demo-|demo-[a-z-]+@example\.org$)/);
      expect(c.visibility).toBe('public');
    }
  });

  it('lists them to anonymous visitors without the network-only ones', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/organisations?kind=diaspora_org&limit=200',
    });
    expect(response.statusCode).toBe(200);
    const publicCount = (await diaspora()).filter((o) => o.visibility === 'public').length;
    expect(response.json().total).toBe(publicCount);
  });
});

describe('match keys of the demo records', () => {
  const keyed = async (type: 'person' | 'organisation' | 'place') =>
    new Set(
      (
        await t.database.db
          .selectFrom('name_keys')
          .select('entity_id')
          .distinct()
          .where('entity_type', '=', type)
          .execute()
      ).map((r) => r.entity_id),
    );

  it('exist for every demo person, organisation and place', async () => {
    const orgs = await t.database.db.selectFrom('organisations').select('id').execute();
    const people = await t.database.db.selectFrom('people').select('id').execute();
    const places = await t.database.db.selectFrom('places').select('id').execute();
    expect(orgs).toHaveLength(DEMO_ORGANISATIONS.length + DEMO_DIASPORA_ORGANISATIONS.length);
    // The officials, the fictional person the org-rep account is, the programmes' applicants and the
    // completed training's two participants with Cyrillic names.
    expect(people).toHaveLength(
      DEMO_PEOPLE.length + 1 + DEMO_APPLICANTS.length + AFTER_2019.newPeople.length,
    );
    expect(places.length).toBeGreaterThan(150);
    const [o, p, pl] = [await keyed('organisation'), await keyed('person'), await keyed('place')];
    for (const { id } of orgs) expect(o.has(id)).toBe(true);
    for (const { id } of people) expect(p.has(id)).toBe(true);
    for (const { id } of places) expect(pl.has(id)).toBe(true);
  });

  it('links the org-rep account to its fictional registry person, so it can answer its invitations', async () => {
    const db = t.database.db;
    const linked = await db
      .selectFrom('accounts')
      .innerJoin('people', 'people.id', 'accounts.person_id')
      .select(['accounts.email', 'people.slug', 'people.visibility'])
      .execute();
    expect(linked).toEqual([
      { email: 'org-rep@demo.kopru.example', slug: 'demo-aysel-nasibli', visibility: 'network' },
    ]);
  });

  it('cover every spelling, abbreviations included', async () => {
    const key = async (text: string) =>
      t.database.db
        .selectFrom('name_keys')
        .innerJoin('person_names', 'person_names.id', 'name_keys.name_id')
        .select('person_names.full_name')
        .where('person_names.full_name', '=', text)
        .execute();
    expect((await key('Галиева Жаркынай')).length).toBeGreaterThan(0);
    expect((await key('Galieva Jarkhinay')).length).toBeGreaterThan(0);
    const ytb = await orgBySlug('tr-ytb');
    const keys = await t.database.db
      .selectFrom('name_keys')
      .select('key')
      .where('entity_type', '=', 'organisation')
      .where('entity_id', '=', ytb.id)
      .execute();
    expect(keys.map((k) => k.key)).toContain('ytb');
  });
});

describe('demo data on a database holding an older demo network', () => {
  it('adds the missing diaspora organisations and match keys, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kopru-demo-'));
    const other = await createTestApp({ KOPRU_DATA_DIR: dir });
    const db = other.database.db;
    try {
      expect(await seedDemoData(other.deps, silentLogger, () => {})).toBe(true);
      const file = readFileSync(demoAccountsFile(other.deps), 'utf8');
      // As an older loader left it: fewer diaspora organisations, no match keys for people.
      await db
        .deleteFrom('organisations')
        .where('slug', 'in', ['demo-kz-cultural-association-cologne', 'demo-tm-community-moscow'])
        .execute();
      await db.deleteFrom('name_keys').where('entity_type', '=', 'person').execute();

      const output: string[] = [];
      expect(await seedDemoData(other.deps, silentLogger, (text) => output.push(text))).toBe(true);
      expect(output).toHaveLength(0);
      expect(readFileSync(demoAccountsFile(other.deps), 'utf8')).toBe(file);
      const cologne = await db
        .selectFrom('organisations')
        .select('id')
        .where('slug', '=', 'demo-kz-cultural-association-cologne')
        .executeTakeFirstOrThrow();
      const keys = await db
        .selectFrom('name_keys')
        .select('id')
        .where('entity_id', '=', cologne.id)
        .execute();
      expect(keys.length).toBeGreaterThan(0);
      const people = await db
        .selectFrom('name_keys')
        .select('entity_id')
        .distinct()
        .where('entity_type', '=', 'person')
        .execute();
      expect(people).toHaveLength(DEMO_PEOPLE.length);
      const audits = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'demo.extended')
        .execute();
      expect(audits).toHaveLength(1);
      expect(audits[0]!.after).toMatchObject({
        diasporaOrganisations: 2,
        keyed: { people: DEMO_PEOPLE.length },
      });

      expect(await seedDemoData(other.deps, silentLogger, () => {})).toBe(false);
      expect(await db.selectFrom('accounts').select('id').execute()).toHaveLength(5);
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
