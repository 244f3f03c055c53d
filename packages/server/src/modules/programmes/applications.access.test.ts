import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgrammesWorld, completeAnswers, type ProgrammesWorld } from './programmes.fixtures.ts';

// Who reads an application (personal data), who lists a programme's applications, who acts on one:
// a table per caller. The application: applicant one's, nominated and submitted by the org
// representative of the Berlin house, to a programme organised by agency A (agency B supports it).

let w: ProgrammesWorld;
let programmeId: string;
let applicationId: string;
beforeAll(async () => {
  w = await buildProgrammesWorld();
  const programme = await w.programme();
  programmeId = programme.id;
  const app = await w.ok('org_rep', 'POST', `/api/programmes/${programmeId}/applications`, {
    personId: w.applicants.one.personId,
    nominatedByOrgId: w.orgs.diasporaPublic,
    answers: completeAnswers(programme),
    submit: true,
  });
  applicationId = app.id;
}, 60_000);
afterAll(() => w.t.close());

type Reader = 'applicant' | 'otherApplicant' | Parameters<ProgrammesWorld['call']>[0];
const call = (who: Reader, method: 'GET' | 'POST', url: string) =>
  who === 'applicant' || who === 'otherApplicant'
    ? w.as(w.applicants[who === 'applicant' ? 'one' : 'two'].cookie, method, url)
    : w.call(who, method, url);

// [caller, GET the application, GET the programme's applications]
const TABLE: [Reader, number, number][] = [
  ['applicant', 200, 403],
  ['otherApplicant', 404, 403],
  ['org_rep', 200, 403],
  ['agency_editor', 200, 200],
  ['adminA', 200, 200],
  ['editorB', 404, 403],
  ['agency_admin', 404, 403],
  ['member', 404, 403],
  ['secretariat', 200, 200],
  ['anonymous', 401, 401],
];

describe('per-role access to applications', () => {
  it.each(TABLE)('%s: the application → %i, the list → %i', async (who, one, list) => {
    const single = await call(who, 'GET', `/api/applications/${applicationId}`);
    expect(single.statusCode, single.body).toBe(one);
    if (one === 200)
      expect(single.json()).toMatchObject({
        person: { name: 'Leyla Mammadova' },
        answers: expect.any(Array),
      });
    const all = await call(who, 'GET', `/api/programmes/${programmeId}/applications`);
    // Agency B's roles pass the route's rule and are refused by the record's (403 from the service).
    expect(all.statusCode, all.body).toBe(list);
    if (list === 200) expect(all.json().items.map((a: { id: string }) => a.id)).toEqual([applicationId]);
  });

  it('only the applicant side withdraws: the organiser and another applicant cannot', async () => {
    expect(
      (await call('otherApplicant', 'POST', `/api/applications/${applicationId}/withdraw`)).statusCode,
    ).toBe(404);
    expect(
      (await call('agency_editor', 'POST', `/api/applications/${applicationId}/withdraw`)).statusCode,
    ).toBe(404);
    expect(
      (await call('applicant', 'POST', `/api/applications/${applicationId}/withdraw`)).json().status,
    ).toBe('withdrawn');
  });

  it('the programme shows counts by status to its editors only', async () => {
    expect((await w.ok('agency_editor', 'GET', `/api/programmes/${programmeId}`)).applications).toMatchObject(
      { withdrawn: 1 },
    );
    expect((await w.ok('editorB', 'GET', `/api/programmes/${programmeId}`)).applications).toBeNull();
    expect((await w.ok('anonymous', 'GET', `/api/programmes/${programmeId}`)).applications).toBeNull();
  });
});
