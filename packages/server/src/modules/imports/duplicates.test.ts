import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { importWorld, postFile } from './imports.fixtures.ts';
import type { ImportReport } from './imports.schema.ts';

let t: TestApp;
let world: Awaited<ReturnType<typeof importWorld>>;
const ids: Record<string, string | undefined> = {};

async function commit(cookie: string, type: string, file: string, query = '') {
  const response = await postFile(t, cookie, `/api/imports/${type}?commit=true${query}`, file);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as ImportReport).rows.map((r) => r.id!);
}

function duplicates(cookie: string, type: string) {
  return t.app.inject({ method: 'GET', url: `/api/duplicates?type=${type}`, headers: { cookie } });
}

function merge(cookie: string, body: object) {
  return t.app.inject({
    method: 'POST',
    url: '/api/duplicates/merge',
    headers: { origin: ORIGIN, cookie },
    payload: body,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  world = await importWorld(t);
  const editor = world.cookies.editor;
  [ids.berlin, ids.berlin2, ids.branch] = await commit(
    editor,
    'organisations',
    [
      'name,abbreviation,kind,country,city,parent',
      'Kyrgyz Cultural Centre Berlin,KKZ,diaspora_org,DE,Berlin,',
      'Kirgiz Cultural Center Berlin,,diaspora_org,,,',
      'Kyrgyz Youth of Potsdam,,diaspora_org,DE,Potsdam,Kirgiz Cultural Center Berlin',
    ].join('\n'),
    '&onDuplicate=create',
  );
  [ids.galieva, ids.galieva2, ids.seitkali] = await commit(
    editor,
    'people',
    [
      'full_name,other_names,organisation,position,email',
      'Галиева Жаркынай,Galieva Zharkynai,State Committee on Work with Diaspora,Adviser,z.galieva@example.org',
      'Galieva Jarkhinay,Galiyeva Jarkynay,Kirgiz Cultural Center Berlin,Chair,zharkynai@example.org',
      'Bolat Seitkali,,,,',
    ].join('\n'),
    '&onDuplicate=create',
  );
  [ids.foreign] = await commit(
    world.cookies.otherEditor,
    'people',
    'full_name\nGalieva Zharkynai Maratovna\n',
  );
  await t.database.db
    .updateTable('people')
    .set({ visibility: 'network' })
    .where('id', '=', ids.foreign!)
    .execute();
});
afterAll(() => t.close());

describe('the duplicates view', () => {
  it('lists likely pairs of people across scripts, best first, among records the caller may read', async () => {
    const response = await duplicates(world.cookies.editor, 'person');
    expect(response.statusCode, response.body).toBe(200);
    const { items, total } = response.json();
    const pair = items.find(
      (p: { a: { id: string }; b: { id: string } }) =>
        [p.a.id, p.b.id].sort().join() === [ids.galieva, ids.galieva2].sort().join(),
    );
    expect(pair.score).toBeGreaterThanOrEqual(0.8);
    expect(pair.matched).toHaveLength(2);
    expect(items.flatMap((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id])).not.toContain(
      ids.seitkali,
    );
    expect(total).toBe(items.length);
    const scores = items.map((p: { score: number }) => p.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    // The other body sees only its own (network) person: no pair for it.
    const other = (await duplicates(world.cookies.otherEditor, 'person')).json();
    expect(other.items).toEqual([]);
  });

  it('lists organisations spelled alike in the same country', async () => {
    const { items } = (await duplicates(world.cookies.editor, 'organisation')).json();
    expect(
      items.map((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].sort()),
    ).toContainEqual([ids.berlin, ids.berlin2].sort());
  });
});

describe('merging', () => {
  it('refuses a merge when the caller may not edit one side', async () => {
    const response = await merge(world.cookies.editor, {
      type: 'person',
      keepId: ids.galieva,
      mergeId: ids.foreign,
    });
    expect(response.statusCode, response.body).toBe(403);
    const unseen = await merge(world.cookies.otherEditor, {
      type: 'person',
      keepId: ids.foreign,
      mergeId: ids.galieva,
    });
    expect(unseen.statusCode, unseen.body).toBe(404);
    const self = await merge(world.cookies.editor, {
      type: 'person',
      keepId: ids.galieva,
      mergeId: ids.galieva,
    });
    expect(self.statusCode).toBe(400);
  });

  it('merges two people: every spelling, position, contact and account link moves; audited', async () => {
    const db = t.database.db;
    await db
      .updateTable('accounts')
      .set({ person_id: ids.galieva2! })
      .where('id', '=', world.accounts.member.id)
      .execute();
    const response = await merge(world.cookies.editor, {
      type: 'person',
      keepId: ids.galieva,
      mergeId: ids.galieva2,
    });
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(detail.id).toBe(ids.galieva);
    expect(detail.name).toBe('Галиева Жаркынай');
    expect(detail.names.map((n: { fullName: string }) => n.fullName).sort()).toEqual(
      ['Galieva Jarkhinay', 'Galieva Zharkynai', 'Galiyeva Jarkynay', 'Галиева Жаркынай'].sort(),
    );
    expect(detail.names.filter((n: { isPrimary: boolean }) => n.isPrimary)).toHaveLength(1);
    expect(detail.positions.map((p: { organisation: { id: string } }) => p.organisation.id).sort()).toEqual(
      [world.body.id, ids.berlin2].sort(),
    );
    expect(detail.contacts.map((c: { value: string }) => c.value).sort()).toEqual([
      'z.galieva@example.org',
      'zharkynai@example.org',
    ]);
    expect(await db.selectFrom('people').select('id').where('id', '=', ids.galieva2!).execute()).toEqual([]);
    expect(
      await db.selectFrom('name_keys').select('id').where('entity_id', '=', ids.galieva2!).execute(),
    ).toEqual([]);
    const account = await db
      .selectFrom('accounts')
      .select('person_id')
      .where('id', '=', world.accounts.member.id)
      .executeTakeFirstOrThrow();
    expect(account.person_id).toBe(ids.galieva);
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'registry.merged')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_type: 'person', entity_id: ids.galieva });
    const before = audit[0]!.before as { kept: { id: string }; merged: { id: string; names: unknown[] } };
    expect(before.kept.id).toBe(ids.galieva);
    expect(before.merged.id).toBe(ids.galieva2);
    expect(before.merged.names).toHaveLength(2);
    // The search finds the kept record by the merged spelling.
    const search = await t.app.inject({
      method: 'GET',
      url: `/api/search?q=${encodeURIComponent('Galiyeva Jarkynay')}&types=person`,
      headers: { cookie: world.cookies.editor },
    });
    expect(search.json().results[0]?.id).toBe(ids.galieva);
  });

  it('merges two organisations: names, children, positions, roles and relationships move to the kept one', async () => {
    const db = t.database.db;
    await db
      .insertInto('organisation_relationships')
      .values({ from_org_id: ids.berlin2!, to_org_id: world.body.id, kind: 'partner_of' })
      .execute();
    await db
      .insertInto('role_grants')
      .values({ account_id: world.accounts.member.id, role: 'org_rep', organisation_id: ids.berlin2! })
      .execute();
    const response = await merge(world.cookies.editor, {
      type: 'organisation',
      keepId: ids.berlin,
      mergeId: ids.berlin2,
    });
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(detail.names.map((n: { name: string }) => n.name).sort()).toEqual(
      ['Kirgiz Cultural Center Berlin', 'Kyrgyz Cultural Centre Berlin'].sort(),
    );
    expect(detail.name).toBe('Kyrgyz Cultural Centre Berlin');
    expect(detail.children.map((c: { id: string }) => c.id)).toEqual([ids.branch]);
    expect(detail.relationships.map((r: { organisation: { id: string } }) => r.organisation.id)).toEqual([
      world.body.id,
    ]);
    expect(detail.people.map((p: { personId: string }) => p.personId)).toEqual([ids.galieva]);
    const grant = await db
      .selectFrom('role_grants')
      .select('organisation_id')
      .where('account_id', '=', world.accounts.member.id)
      .execute();
    expect(grant).toEqual([{ organisation_id: ids.berlin }]);
    expect(
      await db.selectFrom('organisations').select('id').where('id', '=', ids.berlin2!).execute(),
    ).toEqual([]);
    const audit = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'registry.merged')
      .where('entity_type', '=', 'organisation')
      .executeTakeFirstOrThrow();
    expect((audit.before as { merged: { id: string } }).merged.id).toBe(ids.berlin2);
  });
});
