import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailsTo } from '../../../test/factories.ts';
import { buildProgrammesWorld, completeAnswers, type ProgrammesWorld } from './programmes.fixtures.ts';

// Applying: drafts, submission with its checks, the one-application rule under parallel requests,
// receipts, nominations, withdrawal; and bad input that writes nothing.

let w: ProgrammesWorld;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
let detail: any;
beforeAll(async () => {
  w = await buildProgrammesWorld();
  detail = await w.programme();
}, 60_000);
afterAll(() => w.t.close());

const db = () => w.t.database.db;
const rows = async (table: 'applications' | 'application_answers') =>
  Number(
    (
      await db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function storedFile(ownerOrgId: string, visibility: 'public' | 'network' | 'owner') {
  const id = randomUUID();
  await db()
    .insertInto('files')
    .values({
      id,
      storage_key: id,
      original_name: 'letter.pdf',
      media_type: 'application/pdf',
      size_bytes: 10,
      sha256: '0'.repeat(64),
      owner_org_id: ownerOrgId,
      visibility,
    })
    .execute();
  return id;
}

describe('bad input writes nothing', () => {
  it.each([
    ['an unknown field', () => ({ answers: [], colour: 'blue' }), 'VALIDATION_FAILED'],
    ['missing required answers on submit', () => ({ answers: [], submit: true }), 'VALIDATION_FAILED'],
    [
      'an answer of the wrong type',
      () => ({ answers: [{ questionId: detail.call.questions[2].id, value: 'twenty' }] }),
      'VALIDATION_FAILED',
    ],
    [
      'a number out of range',
      () => ({ answers: [{ questionId: detail.call.questions[2].id, value: 60 }] }),
      'VALIDATION_FAILED',
    ],
    [
      'a choice not offered',
      () => ({ answers: [{ questionId: detail.call.questions[3].id, value: 'fr' }] }),
      'VALIDATION_FAILED',
    ],
    [
      'a question of no call',
      () => ({ answers: [{ questionId: randomUUID(), value: 'x' }] }),
      'VALIDATION_FAILED',
    ],
    ['someone else, not nominated', () => ({ personId: w.applicants.two.personId }), 'FORBIDDEN'],
  ])('%s → 4xx, no application, no answer', async (_name, body, code) => {
    const before = await rows('applications');
    const response = await w.as(
      w.applicants.one.cookie,
      'POST',
      `/api/programmes/${detail.id}/applications`,
      body(),
    );
    expect(response.json().code, response.body).toBe(code);
    expect(await rows('applications')).toBe(before);
    expect(await rows('application_answers')).toBe(0);
  });

  it('a file the caller may not read → 400 at its answer, nothing written, the file unchanged', async () => {
    const fileId = await storedFile(w.orgs.agencyB, 'owner');
    const response = await w.as(
      w.applicants.one.cookie,
      'POST',
      `/api/programmes/${detail.id}/applications`,
      {
        answers: [...completeAnswers(detail), { questionId: detail.call.questions[4].id, value: fileId }],
      },
    );
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().errors).toEqual([
      { path: 'body.answers.2.value', message: 'is not a file you may attach' },
    ]);
    expect(await rows('applications')).toBe(0);
  });
});

describe('one application per person', () => {
  it('20 parallel submissions for the same person: one 201, nineteen 409 APPLICATION_EXISTS, one row', async () => {
    const programme = await w.programme();
    const url = `/api/programmes/${programme.id}/applications`;
    const body = { answers: completeAnswers(programme), submit: true };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => w.as(w.applicants.two.cookie, 'POST', url, body)),
    );
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    for (const r of responses.filter((x) => x.statusCode === 409))
      expect(r.json().code).toBe('APPLICATION_EXISTS');
    const stored = await db()
      .selectFrom('applications')
      .selectAll()
      .where('programme_id', '=', programme.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.status).toBe('submitted');
    expect(await mailsTo(db(), w.applicants.two.email)).toHaveLength(1);
  });
});

describe('the applicant side', () => {
  it('a draft with a readable file, then submitted: receipt in the applicant language, file made owner-only, myApplication', async () => {
    await db()
      .updateTable('accounts')
      .set({ locale: 'az' })
      .where('email', '=', w.applicants.one.email)
      .execute();
    const fileId = await storedFile(w.orgs.agencyA, 'network');
    const url = `/api/programmes/${detail.id}/applications`;
    const draft = await w.as(w.applicants.one.cookie, 'POST', url, {
      answers: [{ questionId: detail.call.questions[4].id, value: fileId }],
    });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({
      status: 'draft',
      person: { name: 'Leyla Mammadova' },
      submittedAt: null,
    });
    const file = await db()
      .selectFrom('files')
      .selectAll()
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow();
    expect(file.visibility).toBe('owner');

    const id = draft.json().id;
    const early = await w.as(w.applicants.one.cookie, 'POST', `/api/applications/${id}/submit`);
    expect(early.json().code).toBe('VALIDATION_FAILED');
    const patched = await w.as(w.applicants.one.cookie, 'PATCH', `/api/applications/${id}`, {
      answers: completeAnswers(detail),
    });
    expect(patched.json().answers).toHaveLength(3);
    const submitted = await w.as(w.applicants.one.cookie, 'POST', `/api/applications/${id}/submit`);
    expect(submitted.json()).toMatchObject({ status: 'submitted' });
    const [mail] = await mailsTo(db(), w.applicants.one.email);
    expect(mail).toMatchObject({ template: 'applicationReceived', locale: 'az' });
    expect(mail?.subject).toBe('Müraciət qəbul edildi: Diaspor nümayəndələri üçün təlim');

    const again = await w.as(w.applicants.one.cookie, 'PATCH', `/api/applications/${id}`, { answers: [] });
    expect(again.json().code).toBe('CONFLICT');
    const shown = await w.as(w.applicants.one.cookie, 'GET', `/api/programmes/${detail.id}`);
    expect(shown.json().myApplication).toMatchObject({ id, status: 'submitted' });
    const mine = await w.as(w.applicants.one.cookie, 'GET', '/api/me/applications');
    expect(mine.json().items.map((a: { id: string }) => a.id)).toContain(id);
  });

  it('an org representative nominates a member of their organisation, not a stranger', async () => {
    const programme = await w.programme();
    const url = `/api/programmes/${programme.id}/applications`;
    const house = w.orgs.diasporaPublic;
    const stranger = await w.ok(
      'org_rep',
      'POST',
      url,
      { personId: w.people.guest, nominatedByOrgId: house },
      400,
    );
    expect(stranger.errors[0].path).toBe('body.personId');
    const foreign = await w.ok(
      'org_rep',
      'POST',
      url,
      { personId: w.nominee, nominatedByOrgId: w.orgs.agencyB },
      403,
    );
    expect(foreign.code).toBe('FORBIDDEN');
    const nominated = await w.ok('org_rep', 'POST', url, {
      personId: w.nominee,
      nominatedByOrgId: house,
      answers: completeAnswers(programme),
      submit: true,
    });
    expect(nominated).toMatchObject({
      status: 'submitted',
      nominatedBy: { id: house },
      person: { name: 'Kamran Huseynov' },
    });
    const withdrawn = await w.ok(
      'org_rep',
      'POST',
      `/api/applications/${nominated.id}/withdraw`,
      undefined,
      200,
    );
    expect(withdrawn.status).toBe('withdrawn');
    await w.ok('org_rep', 'POST', `/api/applications/${nominated.id}/withdraw`, undefined, 409);
  });

  it('eligibility: a programme for residents of France refuses an applicant of a house in Germany', async () => {
    const programme = await w.programme({ audience: { countries: ['FR'], communities: ['az'] } });
    const response = await w.as(
      w.applicants.one.cookie,
      'POST',
      `/api/programmes/${programme.id}/applications`,
      {
        answers: completeAnswers(programme),
        submit: true,
      },
    );
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'NOT_ELIGIBLE',
      errors: [{ path: 'eligibility.country' }],
    });
    const stored = await db()
      .selectFrom('applications')
      .select('id')
      .where('programme_id', '=', programme.id)
      .execute();
    expect(stored).toHaveLength(0);
  });
});
