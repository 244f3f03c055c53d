import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_PDF, uploadWith } from '../files/files.fixtures.ts';
import { completeAnswers } from './programmes.fixtures.ts';
import { buildReviewWorld, type ReviewWorld } from './reviews.fixtures.ts';

// Issue 6 for an individual (ADR 0011, "Personal files"): applicant one holds an account linked to
// a person and no role. It uploads a PDF (a personal file), reads it back, answers the call's file
// question with it and submits. The organiser reads it through the application's documents; on
// `/api/files` the file stays the applicant's alone.

let w: ReviewWorld;
let fileId: string;
let applicationId: string;
beforeAll(async () => {
  w = await buildReviewWorld();
  const programme = await w.programme();
  const uploaded = await uploadWith(w, w.applicants.one.cookie, SMALL_PDF, 'passport.pdf');
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  fileId = uploaded.json().id;
  const app = await w.as(w.applicants.one.cookie, 'POST', `/api/programmes/${programme.id}/applications`, {
    answers: [...completeAnswers(programme), { questionId: programme.call.questions[4].id, value: fileId }],
    submit: true,
  });
  expect(app.statusCode, app.body).toBe(201);
  applicationId = app.json().id;
}, 120_000);
afterAll(() => w.t.close());

describe('an individual answers a file question with a personal file', () => {
  it('the upload is personal and owner-only, and its owner reads it back', async () => {
    const meta = await w.as(w.applicants.one.cookie, 'GET', `/api/files/${fileId}`);
    expect(meta.statusCode, meta.body).toBe(200);
    expect(meta.json()).toMatchObject({ personal: true, ownerOrgId: null, visibility: 'owner' });
    const bytes = await w.as(w.applicants.one.cookie, 'GET', `/api/files/${fileId}/content`);
    expect(bytes.rawPayload.equals(SMALL_PDF)).toBe(true);
  });

  it('the application is submitted and the file is still personal after it', async () => {
    const app = await w.as(w.applicants.one.cookie, 'GET', `/api/applications/${applicationId}`);
    expect(app.json()).toMatchObject({ status: 'submitted' });
    const row = await w.t.database.db
      .selectFrom('files')
      .selectAll()
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ owner_org_id: null, visibility: 'owner' });
    expect(row.owner_account_id).not.toBeNull();
  });

  it('the organiser reads it through the application’s documents', async () => {
    const url = `/api/applications/${applicationId}/documents/${fileId}`;
    const meta = await w.call('agency_editor', 'GET', url);
    expect(meta.statusCode, meta.body).toBe(200);
    expect(meta.json()).toMatchObject({ id: fileId, name: 'passport.pdf' });
    const bytes = await w.call('agency_editor', 'GET', `${url}/content`);
    expect(bytes.rawPayload.equals(SMALL_PDF)).toBe(true);
    expect((await w.as(w.applicants.two.cookie, 'GET', url)).statusCode).toBe(404);
  });

  it('nobody else reads it on /api/files, and only its owner lists it', async () => {
    const others = [
      () => w.as(w.applicants.two.cookie, 'GET', `/api/files/${fileId}`),
      () => w.call('org_rep', 'GET', `/api/files/${fileId}`),
      () => w.call('agency_editor', 'GET', `/api/files/${fileId}/content`),
      () => w.call('secretariat', 'GET', `/api/files/${fileId}`),
      () => w.as(undefined, 'GET', `/api/files/${fileId}`),
    ];
    for (const read of others) expect((await read()).statusCode).toBe(404);
    const listed = async (cookie: string | undefined) =>
      ((await w.as(cookie, 'GET', '/api/files?limit=100')).json().items as { id: string }[]).map((f) => f.id);
    expect(await listed(w.applicants.one.cookie)).toContain(fileId);
    expect(await listed(w.applicants.two.cookie)).not.toContain(fileId);
    expect(await listed(undefined)).not.toContain(fileId);
    expect((await w.call('secretariat', 'GET', '/api/files?limit=100')).json().items).not.toContainEqual(
      expect.objectContaining({ id: fileId }),
    );
  });
});
