import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.ts';
import { buildRegistryWorld, CALLERS, type Caller, type RegistryWorld } from './registry.fixtures.ts';

// The single-record rule and the list query must agree (Discourse's guardian checks): for every
// caller, the records the list shows are exactly those whose detail answers 200.

let w: RegistryWorld;
const people: Record<string, string> = {};

beforeAll(async () => {
  w = await buildRegistryWorld(await createTestApp());
  const specs = {
    publicA: { visibility: 'public', ownerOrgId: w.orgs.agencyA },
    networkA: { visibility: 'network', ownerOrgId: w.orgs.agencyA },
    ownerA: { visibility: 'owner', ownerOrgId: w.orgs.agencyA },
    ownerRep: { visibility: 'owner', ownerOrgId: w.orgs.diasporaPublic },
    ownerB: { visibility: 'owner', ownerOrgId: w.orgs.agencyB },
  };
  for (const [key, spec] of Object.entries(specs)) {
    const response = await w.call('secretariat', 'POST', '/api/people', {
      names: [{ fullName: `Person ${key}` }],
      ...spec,
    });
    people[key] = response.json().id;
  }
});
afterAll(() => w.t.close());

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();

async function detailVisible(who: Caller, path: string, candidates: string[]) {
  const visible: string[] = [];
  for (const id of candidates) {
    const status = (await w.call(who, 'GET', `${path}/${id}`)).statusCode;
    expect([200, 404]).toContain(status);
    if (status === 200) visible.push(id);
  }
  return visible.sort();
}

const EXPECTED_ORGS: Record<Caller, (keyof RegistryWorld['orgs'])[]> = {
  anonymous: ['network', 'agencyA', 'agencyB', 'diasporaPublic'],
  member: ['network', 'agencyA', 'agencyB', 'diasporaPublic', 'diasporaNetwork'],
  org_rep: ['network', 'agencyA', 'agencyB', 'diasporaPublic', 'diasporaNetwork'],
  agency_editor: ['network', 'agencyA', 'agencyB', 'diasporaPublic', 'diasporaNetwork', 'diasporaOwner'],
  adminA: ['network', 'agencyA', 'agencyB', 'diasporaPublic', 'diasporaNetwork', 'diasporaOwner'],
  agency_admin: ['network', 'agencyA', 'agencyB', 'diasporaPublic', 'diasporaNetwork', 'ownerOnlyB'],
  editorB: ['network', 'agencyA', 'agencyB', 'diasporaPublic', 'diasporaNetwork', 'ownerOnlyB'],
  secretariat: [
    'network',
    'agencyA',
    'agencyB',
    'diasporaPublic',
    'diasporaNetwork',
    'diasporaOwner',
    'ownerOnlyB',
  ],
};

const EXPECTED_PEOPLE: Record<Caller, string[]> = {
  anonymous: ['publicA'],
  member: ['publicA', 'networkA'],
  org_rep: ['publicA', 'networkA', 'ownerRep'],
  agency_editor: ['publicA', 'networkA', 'ownerA'],
  adminA: ['publicA', 'networkA', 'ownerA'],
  agency_admin: ['publicA', 'networkA', 'ownerB'],
  editorB: ['publicA', 'networkA', 'ownerB'],
  secretariat: ['publicA', 'networkA', 'ownerA', 'ownerRep', 'ownerB'],
};

describe('list scope and single-record rule agree', () => {
  for (const who of CALLERS) {
    it(`organisations as ${who}`, async () => {
      const all = Object.values(w.orgs);
      const listed = ids((await w.call(who, 'GET', '/api/organisations?limit=200')).json());
      const single = await detailVisible(who, '/api/organisations', all);
      expect(listed).toEqual(single);
      expect(listed).toEqual(EXPECTED_ORGS[who].map((k) => w.orgs[k]).sort());
    });

    it(`people as ${who}`, async () => {
      const listed = ids((await w.call(who, 'GET', '/api/people?limit=200')).json());
      const single = await detailVisible(who, '/api/people', Object.values(people));
      expect(listed).toEqual(single);
      expect(listed).toEqual(EXPECTED_PEOPLE[who].map((k) => people[k]).sort());
    });
  }
});
