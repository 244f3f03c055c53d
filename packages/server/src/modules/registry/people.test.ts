import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { buildRegistryWorld, type Caller, type RegistryWorld } from './registry.fixtures.ts';

let w: RegistryWorld;

beforeAll(async () => {
  w = await buildRegistryWorld(await createTestApp());
});
afterAll(() => w.t.close());

const names = [
  { fullName: 'Галиева Жаркынай', givenName: 'Жаркынай', familyName: 'Галиева', lang: 'ky', isPrimary: true },
  { fullName: 'Zharkynai Galieva', source: 'press' },
];

async function createPerson(who: Caller, body: object) {
  const response = await w.call(who, 'POST', '/api/people', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('creating people', () => {
  it('stores every spelling (script detected), owner-only by default, with name keys and audit', async () => {
    const person = await createPerson('agency_editor', {
      names,
      positions: [
        {
          title: { en: 'Head of section', ky: 'Бөлүм башчысы' },
          organisationId: w.orgs.agencyA,
          fromDate: '2018-01-01',
        },
      ],
    });
    expect(person).toMatchObject({
      name: 'Галиева Жаркынай',
      visibility: 'owner',
      owner: { id: w.orgs.agencyA },
      canEdit: true,
      contacts: [],
    });
    expect(person.names.map((n: { script: string; isPrimary: boolean }) => [n.script, n.isPrimary])).toEqual([
      ['Cyrl', true],
      ['Latn', false],
    ]);
    expect(person.positions[0]).toMatchObject({
      title: { en: 'Head of section', ky: 'Бөлүм башчысы' },
      organisation: { id: w.orgs.agencyA, name: 'Agency A for Diaspora Affairs' },
      fromDate: '2018-01-01',
      toDate: null,
    });
    const db = w.t.database.db;
    const keys = await db
      .selectFrom('name_keys')
      .selectAll()
      .where('entity_type', '=', 'person')
      .where('entity_id', '=', person.id)
      .execute();
    expect(new Set(keys.map((k) => k.name_id))).toEqual(
      new Set(person.names.map((n: { id: string }) => n.id)),
    );
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', person.id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['person.created', 'person.position_added']);
  });

  it('wants one primary name among several, and no unknown fields', async () => {
    const none = await w.call('secretariat', 'POST', '/api/people', {
      names: [{ fullName: 'A' }, { fullName: 'B' }],
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors.map((e: { path: string }) => e.path)).toEqual(['body.names']);
    const two = await w.call('secretariat', 'POST', '/api/people', {
      names: [
        { fullName: 'A', isPrimary: true },
        { fullName: 'B', isPrimary: true },
      ],
    });
    expect(two.statusCode).toBe(400);
    const empty = await w.call('secretariat', 'POST', '/api/people', { names: [], nickname: 'x' });
    expect(
      empty
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.names', 'body.nickname']);
    const badPosition = await w.call('secretariat', 'POST', '/api/people', {
      names: [{ fullName: 'C' }],
      positions: [{ title: {}, organisationId: w.orgs.agencyA, fromDate: '2020-02-30' }],
    });
    expect(
      badPosition
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['body.positions.0.fromDate', 'body.positions.0.title']);
  });

  it('refuses an agency creating for another body, and a position at an organisation it cannot see', async () => {
    expect(
      (
        await w.call('agency_editor', 'POST', '/api/people', {
          names: [{ fullName: 'X' }],
          ownerOrgId: w.orgs.agencyB,
        })
      ).statusCode,
    ).toBe(403);
    expect((await w.call('org_rep', 'POST', '/api/people', { names: [{ fullName: 'X' }] })).statusCode).toBe(
      403,
    );
    const hidden = await w.call('agency_editor', 'POST', '/api/people', {
      names: [{ fullName: 'Y' }],
      positions: [{ title: { en: 'Clerk' }, organisationId: w.orgs.ownerOnlyB }],
    });
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().errors[0].path).toBe('body.positions.0.organisationId');
    expect(
      await w.t.database.db.selectFrom('person_names').select('id').where('full_name', '=', 'Y').execute(),
    ).toEqual([]);
  });
});

describe('personal data', () => {
  it('shows contacts and history values only to the owner body and the secretariat', async () => {
    const person = await createPerson('agency_editor', {
      names: [{ fullName: 'Ömer Kocaman' }],
      visibility: 'public',
    });
    const contact = await w.call('agency_editor', 'POST', `/api/people/${person.id}/contacts`, {
      kind: 'email',
      value: 'omer@example.org',
      visibility: 'public',
    });
    expect(contact.statusCode, contact.body).toBe(201);
    await w.call('agency_editor', 'PATCH', `/api/people/${person.id}`, {
      names: [
        { fullName: 'Ömer Kocaman', isPrimary: true },
        { fullName: 'Omar Kojaman', source: 'press' },
      ],
    });
    const expectations: [Caller, boolean][] = [
      ['anonymous', false],
      ['member', false],
      ['org_rep', false],
      ['editorB', false],
      ['agency_editor', true],
      ['adminA', true],
      ['secretariat', true],
    ];
    for (const [who, personal] of expectations) {
      const detail = (await w.call(who, 'GET', `/api/people/${person.id}`)).json();
      expect(detail.names, who).toHaveLength(2);
      expect(detail.contacts.length, who).toBe(personal ? 1 : 0);
      const history = (await w.call(who, 'GET', `/api/people/${person.id}/history`)).json();
      expect(
        history.items.map((h: { action: string }) => h.action),
        who,
      ).toEqual(['person.updated', 'person.contact_added', 'person.created']);
      const updated = history.items[0];
      if (personal) {
        expect(updated.before.names.map((n: { fullName: string }) => n.fullName)).toEqual(['Ömer Kocaman']);
        expect(updated.after.names).toHaveLength(2);
      } else {
        expect([updated.before, updated.after], who).toEqual([null, null]);
      }
    }
  });

  it('lets only the owner body and the secretariat edit a person', async () => {
    const person = await createPerson('agency_editor', {
      names: [{ fullName: 'Cəfərov Elçin' }],
      visibility: 'network',
    });
    expect(
      (await w.call('editorB', 'PATCH', `/api/people/${person.id}`, { visibility: 'public' })).statusCode,
    ).toBe(403);
    const hidden = await createPerson('agency_editor', { names: [{ fullName: 'Hidden Person' }] });
    expect(
      (await w.call('editorB', 'PATCH', `/api/people/${hidden.id}`, { visibility: 'public' })).statusCode,
    ).toBe(404);
    expect((await w.call('editorB', 'GET', `/api/people/${hidden.id}`)).statusCode).toBe(404);
    const byAdmin = await w.call('adminA', 'PATCH', `/api/people/${person.id}`, { visibility: 'public' });
    expect(byAdmin.json()).toMatchObject({ visibility: 'public', canEdit: true });
    const handOver = await w.call('agency_editor', 'PATCH', `/api/people/${person.id}`, {
      ownerOrgId: w.orgs.agencyB,
    });
    expect(handOver.statusCode).toBe(403);
    const bySecretariat = await w.call('secretariat', 'PATCH', `/api/people/${person.id}`, {
      ownerOrgId: w.orgs.agencyB,
    });
    expect(bySecretariat.json()).toMatchObject({ owner: { id: w.orgs.agencyB }, canEdit: true });
  });
});

describe('positions', () => {
  it('adds, changes and removes positions; current ones appear in the list', async () => {
    const person = await createPerson('secretariat', {
      names: [{ fullName: 'Asel Nurlanovna' }],
      visibility: 'public',
      ownerOrgId: w.orgs.agencyA,
    });
    const add = await w.call('agency_editor', 'POST', `/api/people/${person.id}/positions`, {
      title: { en: 'Chairwoman' },
      organisationId: w.orgs.diasporaPublic,
      fromDate: '2015-03-01',
    });
    expect(add.statusCode, add.body).toBe(201);
    const position = add.json();
    const list = (
      await w.call('anonymous', 'GET', `/api/people?organisation=${w.orgs.diasporaPublic}`)
    ).json();
    expect(list.items).toEqual([
      {
        id: person.id,
        name: 'Asel Nurlanovna',
        otherNames: [],
        currentPositions: [
          {
            title: { en: 'Chairwoman' },
            organisation: { id: w.orgs.diasporaPublic, name: 'Azerbaijani House Berlin' },
          },
        ],
        visibility: 'public',
      },
    ]);
    const orgDetail = (
      await w.call('anonymous', 'GET', `/api/organisations/${w.orgs.diasporaPublic}`)
    ).json();
    expect(orgDetail.people).toEqual([
      expect.objectContaining({ personId: person.id, name: 'Asel Nurlanovna' }),
    ]);
    const url = `/api/people/${person.id}/positions/${position.id}`;
    expect((await w.call('agency_editor', 'PATCH', url, { toDate: '2010-01-01' })).statusCode).toBe(400);
    const ended = await w.call('agency_editor', 'PATCH', url, { toDate: '2020-12-31' });
    expect(ended.json()).toMatchObject({ fromDate: '2015-03-01', toDate: '2020-12-31' });
    const after = (await w.call('anonymous', 'GET', `/api/people?q=nurlan`)).json();
    expect(after.items[0].currentPositions).toEqual([]);
    expect((await w.call('editorB', 'DELETE', url)).statusCode).toBe(403);
    expect((await w.call('agency_editor', 'DELETE', url)).statusCode).toBe(204);
    expect((await w.call('agency_editor', 'DELETE', url)).statusCode).toBe(404);
    const history = (await w.call('secretariat', 'GET', `/api/people/${person.id}/history`)).json();
    expect(history.items.map((h: { action: string }) => h.action).slice(0, 3)).toEqual([
      'person.position_removed',
      'person.position_updated',
      'person.position_added',
    ]);
  });

  it('hides positions at organisations the caller may not see, and owner-only holders at an organisation', async () => {
    const person = await createPerson('agency_editor', {
      names: [{ fullName: 'Dilnoza Karimova' }],
      visibility: 'public',
      positions: [
        { title: { en: 'Member' }, organisationId: w.orgs.diasporaOwner },
        { title: { en: 'Adviser' }, organisationId: w.orgs.agencyA },
      ],
    });
    const seen = (await w.call('anonymous', 'GET', `/api/people/${person.id}`)).json();
    expect(seen.positions.map((p: { title: { en: string } }) => p.title.en)).toEqual(['Adviser']);
    const secret = await createPerson('agency_editor', {
      names: [{ fullName: 'Secret Holder' }],
      positions: [{ title: { en: 'Adviser' }, organisationId: w.orgs.agencyA }],
    });
    const org = async (who: Caller) =>
      (await w.call(who, 'GET', `/api/organisations/${w.orgs.agencyA}`))
        .json()
        .people.map((p: { personId: string }) => p.personId);
    expect(await org('anonymous')).not.toContain(secret.id);
    expect(await org('agency_editor')).toContain(secret.id);
  });
});
