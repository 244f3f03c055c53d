import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLERS, type Caller } from '../registry/registry.fixtures.ts';
import { bakuMeeting, buildMeetingsWorld, type MeetingsWorld } from './meetings.fixtures.ts';

// The single-record rule and the list queries must agree (Discourse's guardian checks): for every
// caller, the events that the list, the compiled decisions and the series page show are exactly
// those whose detail answers 200; and the record-level write rule follows owner and hosts.

let w: MeetingsWorld;
const events: Record<string, string> = {};
let seriesId: string;

beforeAll(async () => {
  w = await buildMeetingsWorld();
  seriesId = (
    await w.ok('secretariat', 'POST', '/api/series', { code: 'CG', title: { en: 'Contact Group' } })
  ).id;
  const specs = {
    publicA: { ownerOrgId: w.orgs.agencyA, visibility: 'public' },
    networkA: { ownerOrgId: w.orgs.agencyA, visibility: 'network' },
    ownerA: { ownerOrgId: w.orgs.agencyA, visibility: 'owner' },
    ownerB: { ownerOrgId: w.orgs.agencyB, visibility: 'owner' },
    ownerBHostedByA: {
      ownerOrgId: w.orgs.agencyB,
      visibility: 'owner',
      organisations: [{ organisationId: w.orgs.agencyA, role: 'host' }],
    },
  };
  for (const [key, spec] of Object.entries(specs)) {
    const created = await w.ok('secretariat', 'POST', '/api/events', {
      ...bakuMeeting(w.orgs.agencyA, w.places.baku),
      seriesId,
      ...spec,
    });
    events[key] = created.id;
    await w.ok('secretariat', 'POST', `/api/events/${created.id}/decisions`, {
      text: { en: `Decision of ${key}` },
    });
  }
});
afterAll(() => w.t.close());

const A = ['publicA', 'networkA', 'ownerA', 'ownerBHostedByA'];
const B = ['publicA', 'networkA', 'ownerB', 'ownerBHostedByA'];
const EXPECTED_READ: Record<Caller, string[]> = {
  anonymous: ['publicA'],
  member: ['publicA', 'networkA'],
  org_rep: ['publicA', 'networkA'],
  agency_editor: A,
  adminA: A,
  agency_admin: B,
  editorB: B,
  secretariat: Object.keys({ publicA: 1, networkA: 1, ownerA: 1, ownerB: 1, ownerBHostedByA: 1 }),
};

const sorted = (ids: string[]) => [...ids].sort();

describe('list scope and single-record rule agree', () => {
  for (const who of CALLERS) {
    it(`events, decisions and the series page as ${who}`, async () => {
      const single: string[] = [];
      for (const id of Object.values(events)) {
        const status = (await w.call(who, 'GET', `/api/events/${id}`)).statusCode;
        expect([200, 404]).toContain(status);
        if (status === 200) single.push(id);
      }
      const expected = sorted(EXPECTED_READ[who].map((k) => events[k] as string));
      expect(sorted(single)).toEqual(expected);
      const listed = (await w.ok(who, 'GET', '/api/events?limit=200')).items.map((e: { id: string }) => e.id);
      expect(sorted(listed)).toEqual(expected);
      const decided = (await w.ok(who, 'GET', '/api/decisions?limit=200')).items.map(
        (d: { eventId: string }) => d.eventId,
      );
      expect(sorted(decided)).toEqual(expected);
      const page = (await w.ok(who, 'GET', `/api/series/${seriesId}`)).meetings.map(
        (e: { id: string }) => e.id,
      );
      expect(sorted(page)).toEqual(expected);
      const series = (await w.ok(who, 'GET', '/api/series')).items[0];
      expect(series.meetings).toBe(expected.length);
    });
  }
});

const EXPECTED_EDIT: Record<string, Caller[]> = {
  publicA: ['agency_editor', 'adminA', 'secretariat'],
  ownerBHostedByA: ['agency_editor', 'adminA', 'agency_admin', 'editorB', 'secretariat'],
};

describe('who may edit an event', () => {
  for (const [key, editors] of Object.entries(EXPECTED_EDIT)) {
    it(`${key}: the owner’s and hosts’ admins and editors, and the secretariat`, async () => {
      for (const who of CALLERS) {
        const response = await w.call(who, 'PATCH', `/api/events/${events[key]}`, {
          venue: `Hall of ${who}`,
        });
        const canRead = EXPECTED_READ[who].includes(key);
        const expected = editors.includes(who) ? 200 : who === 'anonymous' ? 401 : !canRead ? 404 : 403;
        // Route-level refusal (403) comes first for callers without an editing role.
        const routeRefused = ['member', 'org_rep'].includes(who);
        expect(response.statusCode, `${who}: ${response.body}`).toBe(routeRefused ? 403 : expected);
        const detail = await w.call(who, 'GET', `/api/events/${events[key]}`);
        if (detail.statusCode === 200) expect(detail.json().canEdit, who).toBe(editors.includes(who));
      }
    });
  }

  it('refuses an agency editor an event owned by another body, and one who would write themselves out', async () => {
    const other = await w.call(
      'agency_editor',
      'POST',
      '/api/events',
      bakuMeeting(w.orgs.agencyB, w.places.baku),
    );
    expect(other.statusCode).toBe(403);
    const out = await w.call('agency_editor', 'PATCH', `/api/events/${events.ownerBHostedByA}`, {
      organisations: [],
    });
    expect(out.statusCode).toBe(403);
  });
});
