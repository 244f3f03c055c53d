import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Candidate, buildReviewWorld, type ReviewWorld } from './reviews.fixtures.ts';

// The applicant and participant lists as files: the organisers get the personal data (emails,
// answers), a reviewer names, country, status and scores only; formula-like cells are neutralised;
// every export is audited with whether personal data went out.

let w: ReviewWorld;
let programme: { id: string };
let plain: Candidate;
let formula: Candidate;

beforeAll(async () => {
  w = await buildReviewWorld();
  programme = await w.programme({ capacity: 5 });
  plain = await w.candidate(programme, w.diaspora.kz, 'Aigerim Sadykova');
  formula = await w.candidate(programme, w.diaspora.us, '=HYPERLINK("http://evil.example")');
  await w.ok('agency_editor', 'PUT', `/api/programmes/${programme.id}/reviewers`, {
    accountIds: [await w.accountOf('agency_admin')],
  });
  const { criteria } = await w.ok('agency_editor', 'PUT', `/api/programmes/${programme.id}/criteria`, {
    criteria: [{ label: { en: 'Overall' }, weight: 1, maxScore: 4 }],
  });
  await w.ok('agency_admin', 'PUT', `/api/applications/${plain.applicationId}/review`, {
    scores: [{ criterionId: criteria[0].id, score: 3 }],
  });
  await w.ok(
    'agency_editor',
    'POST',
    `/api/programmes/${programme.id}/decisions`,
    { accept: [plain.applicationId] },
    200,
  );
}, 120_000);
afterAll(() => w.t.close());

const csv = async (who: Parameters<ReviewWorld['call']>[0], list = 'applications') => {
  const response = await w.call(who, 'GET', `/api/programmes/${programme.id}/${list}/export?format=csv`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/csv/);
  return response.body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
};
const exports = () =>
  w.t.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', 'programme.exported')
    .orderBy('id')
    .execute();

describe('applicant and participant exports', () => {
  it('the organisers get the personal data, by score', async () => {
    const [header, first, second] = await csv('agency_editor');
    expect(header).toContain('account_email');
    expect(header).toContain('Why do you apply?');
    expect(first).toContain('Aigerim Sadykova,accepted,75');
    expect(first).toContain(plain.email);
    expect(first).toContain('To learn from other diasporas');
    // The formula is written as text.
    expect(second?.startsWith(`"'=HYPERLINK(""http://evil.example"")"`)).toBe(true);
    expect(second).toContain(formula.email);
  });

  it('a reviewer gets names, country, communities, status and score only', async () => {
    const lines = await csv('agency_admin');
    expect(lines[0]).toBe('name,status,score,waitlist_position,country,communities');
    expect(lines[1]).toBe('Aigerim Sadykova,accepted,75,,KZ,kk');
    expect(lines.join('\n')).not.toContain(plain.email);
    expect(lines.join('\n')).not.toContain('To learn');
  });

  it('the participants are the accepted; XLSX as a workbook; others may not export', async () => {
    const participants = await csv('secretariat', 'participants');
    expect(participants).toHaveLength(2);
    const xlsx = await w.call(
      'agency_editor',
      'GET',
      `/api/programmes/${programme.id}/participants/export?format=xlsx`,
    );
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(
      (await w.call('editorB', 'GET', `/api/programmes/${programme.id}/applications/export`)).statusCode,
    ).toBe(404);
    expect(
      (await w.call('org_rep', 'GET', `/api/programmes/${programme.id}/applications/export`)).statusCode,
    ).toBe(403);
    expect(
      (await w.call('agency_editor', 'GET', `/api/programmes/${programme.id}/applications/export?format=pdf`))
        .statusCode,
    ).toBe(400);
  });

  it('every export is audited with whether personal data went out', async () => {
    const rows = await exports();
    expect(
      rows.map((r) => [
        (r.after as { list: string }).list,
        (r.after as { personalData: boolean }).personalData,
      ]),
    ).toEqual([
      ['applications', true],
      ['applications', false],
      ['participants', true],
      ['participants', true],
    ]);
  });

  it('the organisers move the remaining submitted applications under review at once', async () => {
    const url = `/api/programmes/${programme.id}/start-review`;
    expect((await w.call('editorB', 'POST', url)).statusCode).toBe(403);
    expect(await w.ok('agency_editor', 'POST', url, undefined, 200)).toEqual({ moved: 1 });
    expect(await w.ok('agency_editor', 'POST', url, undefined, 200)).toEqual({ moved: 0 });
    const app = await w.ok('agency_editor', 'GET', `/api/applications/${formula.applicationId}`);
    expect(app.status).toBe('under_review');
  });
});
