import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { importWorld, postFile } from './imports.fixtures.ts';
import type { ImportReport } from './imports.schema.ts';

let t: TestApp;
let world: Awaited<ReturnType<typeof importWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  world = await importWorld(t);
});
afterAll(() => t.close());

async function run(type: string, file: string, query = '?commit=true', cookie = world.cookies.editor) {
  const response = await postFile(t, cookie, `/api/imports/${type}${query}`, file);
  expect([200, 400], response.body).toContain(response.statusCode);
  const body = response.json();
  return (response.statusCode === 200 ? body : body.report) as ImportReport;
}

describe('importing organisations', () => {
  it('creates organisations with a parent named by an earlier row, a country by name, owned by the body', async () => {
    const r = await run(
      'organisations',
      [
        'name,other_names,abbreviation,kind,country,city,parent',
        'Türk Kültür Derneği Köln,Turkish Cultural Association Cologne,TKD,Diaspora organisation,Almanya,Köln,',
        'TKD Gençlik,,,diaspora_org,DE,Köln,TKD',
      ].join('\n'),
    );
    expect(r.summary.created).toBe(2);
    const [parent, child] = await t.database.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', 'in', [r.rows[0]!.id!, r.rows[1]!.id!])
      .orderBy('created_at')
      .execute();
    expect(parent).toMatchObject({
      kind: 'diaspora_org',
      country_code: 'DE',
      city: 'Köln',
      owner_org_id: world.body.id,
    });
    expect(parent!.verification).toBe('submitted');
    expect(child!.parent_id).toBe(parent!.id);
  });

  it('updates a stored organisation with a new city and spelling, then leaves it unchanged', async () => {
    const file = 'name,other_names,city\nTürk Kültür Derneği Köln,Turk Kultur Dernegi Koln,Cologne\n';
    expect((await run('organisations', file)).rows[0]?.status).toBe('updated');
    expect((await run('organisations', file)).rows[0]?.status).toBe('unchanged');
  });

  it('reports rows it cannot import: unknown kind, country, parent; a kind the role may not create', async () => {
    const r = await run(
      'organisations',
      [
        'name,kind,country,parent',
        'A,club,,',
        'B,,Atlantis,',
        'C,,,Nowhere Committee',
        'Union of Turkic Everything,international_org,,',
      ].join('\n'),
    );
    expect(r.rows.map((x) => x.error?.split(':')[0])).toEqual(['kind', 'country', 'parent', 'kind']);
    expect(r.summary.errors).toBe(4);
  });

  it('refuses a person row naming an organisation nobody can find', async () => {
    const r = await run('people', 'full_name,organisation\nAli Veli,Ministry of Nothing\n');
    expect(r.rows[0]).toMatchObject({ status: 'error' });
    expect(r.rows[0]!.error).toMatch(/^organisation: no organisation named/);
  });
});

describe('importing places', () => {
  it('creates places, finds them again by any spelling, and refuses a second country record', async () => {
    const created = await run(
      'places',
      'name,other_names,country,kind\nKazakhstan,Қазақстан,KZ,country\nAlmaty,Алматы; Alma-Ata,KZ,\n',
    );
    expect(created.summary.created).toBe(2);
    const again = await run('places', 'name,other_names,country,kind\nАлматы,,KZ,city\n');
    expect(again.rows[0]).toMatchObject({ status: 'unchanged', id: created.rows[1]!.id });
    const city = await t.database.db
      .selectFrom('places')
      .selectAll()
      .where('id', '=', created.rows[1]!.id!)
      .executeTakeFirstOrThrow();
    expect(city.kind).toBe('city');
    const second = await run('places', 'name,country,kind\nRepublic of Kazakhstan,KZ,country\n');
    expect(second.rows[0]!.error).toMatch(/already has the country KZ/);
  });

  it('reports a likely other spelling of a stored place as a duplicate', async () => {
    const r = await run('places', 'name,country\nAlmatı,KZ\n', '');
    expect(r.rows[0]).toMatchObject({
      status: 'duplicate',
      decision: 'skip',
      duplicateOf: { label: 'Almaty' },
    });
  });
});
