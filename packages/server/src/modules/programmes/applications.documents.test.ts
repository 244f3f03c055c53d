import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_PDF, upload } from '../files/files.fixtures.ts';
import { completeAnswers } from './programmes.fixtures.ts';
import { buildReviewWorld, type ReviewWorld } from './reviews.fixtures.ts';

// An application's documents (ADR 0023): the Berlin house's org representative uploads a letter
// (owned by the house, owner-only) and submits applicant one's application to agency A's programme
// with it. Whoever reads the application reads the letter through the application's routes; the
// file's own visibility stays as it was, so `GET /api/files/:id` still refuses the organiser.

let w: ReviewWorld;
let applicationId: string;
let fileId: string;
let otherFileId: string;
beforeAll(async () => {
  w = await buildReviewWorld();
  const programme = await w.programme();
  const other = await w.programme();
  await w.ok('agency_editor', 'PUT', `/api/programmes/${programme.id}/reviewers`, {
    accountIds: [await w.accountOf('adminA')],
  });
  await w.ok('agency_editor', 'PUT', `/api/programmes/${other.id}/reviewers`, {
    accountIds: [await w.accountOf('agency_admin')],
  });
  fileId = (await upload(w, 'org_rep', SMALL_PDF, 'letter.pdf')).json().id;
  otherFileId = (await upload(w, 'org_rep', SMALL_PDF, 'other.pdf')).json().id;
  const app = await w.ok('org_rep', 'POST', `/api/programmes/${programme.id}/applications`, {
    personId: w.applicants.one.personId,
    nominatedByOrgId: w.orgs.diasporaPublic,
    answers: [...completeAnswers(programme), { questionId: programme.call.questions[4].id, value: fileId }],
    submit: true,
  });
  applicationId = app.id;
}, 120_000);
afterAll(() => w.t.close());

type Reader = 'applicant' | 'otherApplicant' | Parameters<ReviewWorld['call']>[0];
const get = (who: Reader, url: string) =>
  who === 'applicant' || who === 'otherApplicant'
    ? w.as(w.applicants[who === 'applicant' ? 'one' : 'two'].cookie, 'GET', url)
    : w.call(who, 'GET', url);
const documentUrl = (file = fileId) => `/api/applications/${applicationId}/documents/${file}`;

// [caller, status of both routes]: agency_editor organises, adminA reviews this programme,
// agency_admin reviews the other one, editorB edits for agency B (a supporter, not an organiser).
const TABLE: [Reader, number][] = [
  ['applicant', 200],
  ['agency_editor', 200],
  ['adminA', 200],
  ['secretariat', 200],
  ['editorB', 404],
  ['agency_admin', 404],
  ['otherApplicant', 404],
  ['anonymous', 404],
];

describe('an application document follows the application', () => {
  it.each(TABLE)('%s: metadata and bytes → %i', async (who, status) => {
    const meta = await get(who, documentUrl());
    expect(meta.statusCode, meta.body).toBe(status);
    const content = await get(who, `${documentUrl()}/content`);
    expect(content.statusCode, content.body).toBe(status);
    if (status !== 200) return;
    expect(meta.json()).toMatchObject({ id: fileId, name: 'letter.pdf', size: SMALL_PDF.length });
    expect(meta.json().contentUrl).toBe(`${documentUrl()}/content`);
    expect(content.rawPayload.equals(SMALL_PDF)).toBe(true);
    expect(content.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(SMALL_PDF.length),
      'content-security-policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
    });
    expect(content.headers['content-disposition']).toMatch(/^attachment; filename="letter\.pdf"/);
  });

  it('a file that is not an answer of the application → 404, even for the organiser', async () => {
    for (const url of [documentUrl(otherFileId), `${documentUrl(otherFileId)}/content`]) {
      expect((await get('agency_editor', url)).statusCode).toBe(404);
    }
  });

  it("the file's own visibility is unchanged: the organiser still gets 404 on /api/files", async () => {
    expect((await get('agency_editor', `/api/files/${fileId}`)).statusCode).toBe(404);
    expect((await get('agency_editor', `/api/files/${fileId}/content`)).statusCode).toBe(404);
    expect((await get('org_rep', `/api/files/${fileId}`)).json()).toMatchObject({ visibility: 'owner' });
  });
});
