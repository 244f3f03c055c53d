import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { buildRegistryWorld, type RegistryWorld } from './registry.fixtures.ts';

let w: RegistryWorld;

beforeAll(async () => {
  w = await buildRegistryWorld(await createTestApp());
});
afterAll(() => w.t.close());

const diasporaBody = (name: string, extra: object = {}) => ({
  kind: 'diaspora_org',
  names: [
    { lang: 'en', name, abbreviation: 'KDA' },
    { lang: 'kk', name: `${name} (kk)`, translation: 'human' },
  ],
  countryCode: 'DE',
  city: 'Berlin',
  website: 'https://example.org/kda',
  foundedYear: 2004,
  communities: ['kk', 'kk', 'tt'],
  description: { en: 'A cultural association.', kk: { value: 'Мәдени бірлестік.', status: 'needs_review' } },
  ...extra,
});

describe('creating organisations', () => {
  it('lets an agency editor create a diaspora organisation it curates, with name keys and an audit entry', async () => {
    const response = await w.call(
      'agency_editor',
      'POST',
      '/api/organisations',
      diasporaBody('Kazakh Diaspora Association'),
    );
    expect(response.statusCode, response.body).toBe(201);
    const org = response.json();
    expect(org).toMatchObject({
      kind: 'diaspora_org',
      name: 'Kazakh Diaspora Association',
      abbreviation: 'KDA',
      countryCode: 'DE',
      communities: ['kk', 'tt'],
      verification: 'submitted',
      lastVerifiedOn: null,
      curatedBy: { id: w.orgs.agencyA, name: 'Agency A for Diaspora Affairs' },
      owner: { id: w.orgs.agencyA },
      visibility: 'public',
      description: { en: 'A cultural association.', kk: 'Мәдени бірлестік.' },
      canEdit: true,
    });
    expect(org.names).toHaveLength(2);
    expect(org.names[1]).toMatchObject({ lang: 'kk', nameType: 'official', translation: 'human' });

    const db = w.t.database.db;
    const keys = await db.selectFrom('name_keys').selectAll().where('entity_id', '=', org.id).execute();
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys.map((k) => k.name_id))).toEqual(new Set(org.names.map((n: { id: string }) => n.id)));
    const audit = await db.selectFrom('audit_log').selectAll().where('entity_id', '=', org.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['organisation.created']);
  });

  it('refuses an agency creating for another body, or an international organisation', async () => {
    const other = await w.call('agency_editor', 'POST', '/api/organisations', {
      ...diasporaBody('Elsewhere Club'),
      ownerOrgId: w.orgs.agencyB,
    });
    expect(other.statusCode).toBe(403);
    const international = await w.call('agency_editor', 'POST', '/api/organisations', {
      kind: 'international_org',
      names: [{ lang: 'en', name: 'New Union' }],
    });
    expect(international.statusCode).toBe(403);
    const bySecretariat = await w.call('secretariat', 'POST', '/api/organisations', {
      kind: 'international_org',
      names: [{ lang: 'en', name: 'New Union' }],
    });
    expect(bySecretariat.statusCode).toBe(201);
  });

  it('refuses representatives and members at the route', async () => {
    expect((await w.call('org_rep', 'POST', '/api/organisations', diasporaBody('X'))).statusCode).toBe(403);
    expect((await w.call('member', 'POST', '/api/organisations', diasporaBody('X'))).statusCode).toBe(403);
    expect((await w.call('anonymous', 'POST', '/api/organisations', diasporaBody('X'))).statusCode).toBe(401);
  });

  it('answers bad input with 400 VALIDATION_FAILED and the field paths', async () => {
    const response = await w.call('secretariat', 'POST', '/api/organisations', {
      kind: 'club',
      names: [{ lang: 'en', name: 'Only an alias', nameType: 'alias' }],
      countryCode: 'de',
      website: 'ftp://example.org',
      communities: ['xx'],
      colour: 'blue',
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    const paths = body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.kind',
        'body.names',
        'body.countryCode',
        'body.website',
        'body.communities.0',
        'body.colour',
      ]),
    );
  });

  it('refuses a country code that is well-formed but not assigned, and an unknown parent', async () => {
    const code = await w.call('secretariat', 'POST', '/api/organisations', {
      kind: 'other',
      names: [{ lang: 'en', name: 'Nowhere' }],
      countryCode: 'QQ',
    });
    expect(code.statusCode).toBe(400);
    expect(code.json().errors[0].path).toBe('body.countryCode');
    const parent = await w.call('secretariat', 'POST', '/api/organisations', {
      kind: 'other',
      names: [{ lang: 'en', name: 'Orphan' }],
      parentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(parent.statusCode).toBe(400);
    expect(parent.json().errors).toEqual([{ path: 'body.parentId', message: 'is not a known organisation' }]);
  });
});

describe('editing organisations', () => {
  it('lets the curating body edit, replaces names and their keys, and records before/after', async () => {
    const created = (
      await w.call('agency_editor', 'POST', '/api/organisations', diasporaBody('Tatar Club Paris'))
    ).json();
    const response = await w.call('adminA', 'PATCH', `/api/organisations/${created.id}`, {
      names: [{ lang: 'en', name: 'Tatar Cultural Centre Paris' }],
      city: 'Paris',
      countryCode: 'FR',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Tatar Cultural Centre Paris',
      abbreviation: null,
      city: 'Paris',
    });
    const db = w.t.database.db;
    const keyNames = await db
      .selectFrom('name_keys')
      .select('name_id')
      .where('entity_id', '=', created.id)
      .execute();
    expect(new Set(keyNames.map((k) => k.name_id))).toEqual(new Set([response.json().names[0].id]));

    const history = (await w.call('member', 'GET', `/api/organisations/${created.id}/history`)).json();
    expect(history.total).toBe(2);
    expect(history.items[0]).toMatchObject({ action: 'organisation.updated' });
    expect(history.items[0].before.names[0].name).toBe('Tatar Club Paris');
    expect(history.items[0].after).toMatchObject({ city: 'Paris', countryCode: 'FR' });
    expect(history.items[0].actor.label).toMatch(/^Test User/);
    expect(history.items[1].action).toBe('organisation.created');
  });

  it('refuses another body (403) and hides what it may not see (404)', async () => {
    const publicOrg = await w.call('editorB', 'PATCH', `/api/organisations/${w.orgs.diasporaPublic}`, {
      city: 'X',
    });
    expect(publicOrg.statusCode).toBe(403);
    const hidden = await w.call('editorB', 'PATCH', `/api/organisations/${w.orgs.diasporaOwner}`, {
      city: 'X',
    });
    expect(hidden.statusCode).toBe(404);
  });

  it("lets a representative edit its own organisation's profile but not its kind, owner or visibility", async () => {
    const own = `/api/organisations/${w.orgs.diasporaPublic}`;
    const profile = await w.call('org_rep', 'PATCH', own, { city: 'Berlin-Mitte', visibility: 'public' });
    expect(profile.statusCode, profile.body).toBe(200);
    expect(profile.json()).toMatchObject({ city: 'Berlin-Mitte', canEdit: true });
    for (const change of [{ kind: 'other' }, { visibility: 'network' }, { ownerOrgId: w.orgs.agencyB }]) {
      expect((await w.call('org_rep', 'PATCH', own, change)).statusCode).toBe(403);
    }
    const other = await w.call('org_rep', 'PATCH', `/api/organisations/${w.orgs.diasporaNetwork}`, {
      city: 'X',
    });
    expect(other.statusCode).toBe(403);
  });

  it('refuses a parent that would make a cycle', async () => {
    const parent = (
      await w.call('secretariat', 'POST', '/api/organisations', {
        kind: 'state_body',
        names: [{ lang: 'en', name: 'Ministry' }],
      })
    ).json();
    const child = (
      await w.call('secretariat', 'POST', '/api/organisations', {
        kind: 'state_body',
        names: [{ lang: 'en', name: 'Committee' }],
        parentId: parent.id,
      })
    ).json();
    expect(child.parent).toEqual({ id: parent.id, name: 'Ministry' });
    const cycle = await w.call('secretariat', 'PATCH', `/api/organisations/${parent.id}`, {
      parentId: child.id,
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0].path).toBe('body.parentId');
    const detail = (await w.call('anonymous', 'GET', `/api/organisations/${parent.id}`)).json();
    expect(detail.children).toEqual([{ id: child.id, name: 'Committee', kind: 'state_body' }]);
  });
});

describe('verification', () => {
  it('lets the curating body verify, stamps the date, and refuses others', async () => {
    const url = `/api/organisations/${w.orgs.diasporaNetwork}/verification`;
    expect((await w.call('editorB', 'POST', url, { state: 'verified' })).statusCode).toBe(403);
    const ok = await w.call('agency_editor', 'POST', url, { state: 'verified' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      verification: 'verified',
      lastVerifiedOn: new Date().toISOString().slice(0, 10),
    });
    const archived = await w.call('secretariat', 'POST', url, { state: 'archived' });
    expect(archived.json()).toMatchObject({ verification: 'archived' });
    const list = (await w.call('member', 'GET', '/api/organisations?verification=archived')).json();
    expect(list.items.map((o: { id: string }) => o.id)).toEqual([w.orgs.diasporaNetwork]);
  });

  it('verifies only diaspora organisations', async () => {
    const response = await w.call(
      'secretariat',
      'POST',
      `/api/organisations/${w.orgs.agencyA}/verification`,
      { state: 'verified' },
    );
    expect(response.statusCode).toBe(409);
  });
});

describe('relationships and contacts', () => {
  it('links organisations both ways and unlinks them, audited', async () => {
    const add = await w.call(
      'agency_editor',
      'POST',
      `/api/organisations/${w.orgs.diasporaPublic}/relationships`,
      {
        kind: 'member_of',
        organisationId: w.orgs.network,
        fromDate: '2019-05-29',
      },
    );
    expect(add.statusCode, add.body).toBe(201);
    const rel = add.json();
    expect(rel).toMatchObject({
      kind: 'member_of',
      direction: 'outgoing',
      organisation: { id: w.orgs.network },
    });
    const incoming = (await w.call('anonymous', 'GET', `/api/organisations/${w.orgs.network}`)).json();
    expect(incoming.relationships).toEqual([expect.objectContaining({ id: rel.id, direction: 'incoming' })]);
    expect(
      (
        await w.call(
          'org_rep',
          'DELETE',
          `/api/organisations/${w.orgs.diasporaPublic}/relationships/${rel.id}`,
        )
      ).statusCode,
    ).toBe(403);
    const del = await w.call(
      'agency_editor',
      'DELETE',
      `/api/organisations/${w.orgs.diasporaPublic}/relationships/${rel.id}`,
    );
    expect(del.statusCode).toBe(204);
    const history = (
      await w.call('agency_editor', 'GET', `/api/organisations/${w.orgs.diasporaPublic}/history`)
    ).json();
    expect(history.items.slice(0, 2).map((h: { action: string }) => h.action)).toEqual([
      'organisation.relationship_removed',
      'organisation.relationship_added',
    ]);
  });

  it('shows owner-only contacts to the owner side only, public ones to all', async () => {
    const url = `/api/organisations/${w.orgs.diasporaPublic}/contacts`;
    const bad = await w.call('org_rep', 'POST', url, { kind: 'email', value: 'not-an-email' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.value');
    const secret = (await w.call('org_rep', 'POST', url, { kind: 'phone', value: '+49 30 1234' })).json();
    expect(secret.visibility).toBe('owner');
    const open = (
      await w.call('org_rep', 'POST', url, { kind: 'email', value: 'info@example.org', visibility: 'public' })
    ).json();
    const seen = async (who: Parameters<RegistryWorld['call']>[0]) =>
      (await w.call(who, 'GET', `/api/organisations/${w.orgs.diasporaPublic}`))
        .json()
        .contacts.map((c: { id: string }) => c.id);
    expect(await seen('anonymous')).toEqual([open.id]);
    expect(await seen('editorB')).toEqual([open.id]);
    expect(await seen('org_rep')).toEqual([secret.id, open.id]);
    expect(await seen('agency_editor')).toEqual([secret.id, open.id]);
    expect(await seen('secretariat')).toEqual([secret.id, open.id]);
    const history = async (who: Parameters<RegistryWorld['call']>[0]) =>
      (await w.call(who, 'GET', `/api/organisations/${w.orgs.diasporaPublic}/history`))
        .json()
        .items.find((h: { action: string }) => h.action === 'organisation.contact_added');
    expect((await history('anonymous')).after).toBeNull();
    expect((await history('anonymous')).actor).toBeNull();
    expect((await history('agency_editor')).after).toMatchObject({ kind: 'email' });
    expect((await w.call('editorB', 'DELETE', `${url}/${secret.id}`)).statusCode).toBe(403);
    expect((await w.call('org_rep', 'DELETE', `${url}/${secret.id}`)).statusCode).toBe(204);
    expect((await w.call('org_rep', 'DELETE', `${url}/${secret.id}`)).statusCode).toBe(404);
  });
});

describe('reading organisations', () => {
  it('filters the list by kind, country, community and name fragment', async () => {
    await w.call(
      'secretariat',
      'POST',
      '/api/organisations',
      diasporaBody('Kyrgyz Friends Ankara', { countryCode: 'TR', communities: ['ky'] }),
    );
    const byCommunity = (await w.call('anonymous', 'GET', '/api/organisations?community=ky')).json();
    expect(byCommunity.items.map((o: { name: string }) => o.name)).toEqual(['Kyrgyz Friends Ankara']);
    expect(byCommunity.items[0]).toMatchObject({
      countryCode: 'TR',
      city: 'Berlin',
      communities: ['ky'],
      verification: 'submitted',
      visibility: 'public',
    });
    const byCountry = (
      await w.call('anonymous', 'GET', '/api/organisations?country=TR&kind=diaspora_org&q=friends')
    ).json();
    expect(byCountry.total).toBe(1);
    expect((await w.call('anonymous', 'GET', '/api/organisations?country=tr')).statusCode).toBe(400);
    expect((await w.call('anonymous', 'GET', '/api/organisations?colour=blue')).statusCode).toBe(400);
  });

  it('answers 404 for a record the caller may not see, and for none', async () => {
    expect(
      (await w.call('anonymous', 'GET', `/api/organisations/${w.orgs.diasporaNetwork}`)).statusCode,
    ).toBe(404);
    expect(
      (await w.call('anonymous', 'GET', `/api/organisations/${w.orgs.diasporaNetwork}/history`)).statusCode,
    ).toBe(404);
    expect((await w.call('member', 'GET', `/api/organisations/${w.orgs.diasporaNetwork}`)).statusCode).toBe(
      200,
    );
    expect(
      (await w.call('secretariat', 'GET', '/api/organisations/00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
  });
});
