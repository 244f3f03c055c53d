import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, signIn } from '../../../test/factories.ts';
import {
  type Applicant,
  buildProgrammesWorld,
  completeAnswers,
  type ProgrammesWorld,
} from './programmes.fixtures.ts';

// The feedback survey (ADR 0023): a three-day programme that has ended, with three participants
// (Leyla, Orhan, and Aigul whose account reads Kazakh) present every day and an accepted nominee who
// never came (so no participant). Only participants answer, once; the reminder goes to the
// non-respondents only, in their language.

// biome-ignore lint/suspicious/noExplicitAny: response bodies in tests are checked field by field
type Body = any;
let w: ProgrammesWorld;
let id: string;
let aigul: Applicant;
const apps: Record<'leyla' | 'orhan' | 'aigul' | 'nominee', string> = {
  leyla: '',
  orhan: '',
  aigul: '',
  nominee: '',
};
const DAYS = ['2026-06-01', '2026-06-02', '2026-06-03'];
let q: Record<'rating' | 'score' | 'comment' | 'topics', string>;

const outbox = (template: string) =>
  w.t.database.db
    .selectFrom('outbox')
    .select(['to_address', 'locale', 'subject'])
    .where('template', '=', template)
    .execute();

beforeAll(async () => {
  w = await buildProgrammesWorld();
  const db = w.t.database.db;
  const programme = await w.programme({ startDate: DAYS[0], endDate: DAYS[2] });
  id = programme.id;
  const personId = (
    await w.ok('secretariat', 'POST', '/api/people', {
      names: [{ fullName: 'Айгүл Серікқызы', lang: 'kk' }],
      ownerOrgId: w.orgs.agencyA,
      visibility: 'owner',
      positions: [{ title: { en: 'Member' }, organisationId: w.orgs.diasporaPublic, fromDate: '2015-01-01' }],
    })
  ).id;
  const account = await buildAccount(db);
  await db
    .updateTable('accounts')
    .set({ person_id: personId, locale: 'kk' })
    .where('id', '=', account.id)
    .execute();
  aigul = { email: account.email, cookie: await signIn(w.t.app, account.email), personId };
  const submit = async (cookie: string) =>
    (
      await w.as(cookie, 'POST', `/api/programmes/${id}/applications`, {
        answers: completeAnswers(programme),
        submit: true,
      })
    ).json().id as string;
  apps.leyla = await submit(w.applicants.one.cookie);
  apps.orhan = await submit(w.applicants.two.cookie);
  apps.aigul = await submit(aigul.cookie);
  apps.nominee = (
    await w.ok('org_rep', 'POST', `/api/programmes/${id}/applications`, {
      personId: w.nominee,
      nominatedByOrgId: w.orgs.diasporaPublic,
      answers: completeAnswers(programme),
      submit: true,
    })
  ).id;
  await db.updateTable('applications').set({ status: 'accepted' }).where('programme_id', '=', id).execute();
  for (const date of DAYS) {
    await w.ok('agency_editor', 'PUT', `/api/programmes/${id}/attendance`, {
      date,
      present: [apps.leyla, apps.orhan, apps.aigul],
      absent: [apps.nominee],
    });
  }
}, 120_000);
afterAll(() => w.t.close());

const SURVEY = [
  {
    kind: 'choice',
    label: { en: 'How was the training?', ru: 'Как прошёл тренинг?' },
    required: true,
    options: [
      { value: 'good', label: { en: 'Good' } },
      { value: 'fair', label: { en: 'Fair' } },
      { value: 'poor', label: { en: 'Poor' } },
    ],
  },
  { kind: 'number', label: { en: 'Score from 1 to 10' }, validation: { min: 1, max: 10 } },
  { kind: 'long_text', label: { en: 'What should change?' } },
  {
    kind: 'multi_choice',
    label: { en: 'Most useful topics' },
    options: [
      { value: 'law', label: { en: 'Law' } },
      { value: 'media', label: { en: 'Media' } },
    ],
  },
];

describe('the feedback survey', () => {
  it('refuses a file question and unknown fields, and writes nothing', async () => {
    const file = await w.call('agency_editor', 'PUT', `/api/programmes/${id}/feedback`, {
      questions: [...SURVEY, { kind: 'file', label: { en: 'Photo' } }],
    });
    expect(file.statusCode).toBe(400);
    expect(file.json().errors[0].path).toBe('body.questions.4.kind');
    const extra = await w.call('agency_editor', 'PUT', `/api/programmes/${id}/feedback`, {
      questions: SURVEY,
      x: 1,
    });
    expect(extra.statusCode).toBe(400);
    expect(await w.t.database.db.selectFrom('feedback_questions').selectAll().execute()).toHaveLength(0);
  });

  it('the organisers define it (reusing the call form checks) and open it; participants get the request', async () => {
    const badChoice = await w.call('agency_editor', 'PUT', `/api/programmes/${id}/feedback`, {
      questions: [{ kind: 'choice', label: { en: 'No options' } }],
    });
    expect(badChoice.statusCode).toBe(400);
    expect(
      (await w.call('editorB', 'PUT', `/api/programmes/${id}/feedback`, { questions: SURVEY })).statusCode,
    ).toBe(403);
    const survey = await w.ok(
      'agency_editor',
      'PUT',
      `/api/programmes/${id}/feedback`,
      { questions: SURVEY },
      200,
    );
    expect(survey.status).toBe('draft');
    const [rating, score, comment, topics] = survey.questions.map((x: Body) => x.id);
    q = { rating, score, comment, topics };
    expect(
      (
        await w.as(w.applicants.one.cookie, 'POST', `/api/programmes/${id}/feedback/responses`, {
          answers: [],
        })
      ).statusCode,
    ).toBe(409);
    const opened = await w.ok('agency_editor', 'POST', `/api/programmes/${id}/feedback/open`, undefined, 200);
    expect(opened.status).toBe('open');
    expect((await w.call('agency_editor', 'POST', `/api/programmes/${id}/feedback/open`)).statusCode).toBe(
      409,
    );
    const mails = await outbox('feedbackRequest');
    expect(mails.map((m) => m.to_address).sort()).toEqual(
      [w.applicants.one.email, w.applicants.two.email, aigul.email].sort(),
    );
    expect(mails.find((m) => m.to_address === aigul.email)?.subject).toContain('пікіріңіз');
  });

  it('only participants answer, once; bad answers write nothing', async () => {
    const url = `/api/programmes/${id}/feedback/responses`;
    const answers = [
      { questionId: q.rating, value: 'good' },
      { questionId: q.score, value: 9 },
      { questionId: q.comment, value: 'More time for questions' },
      { questionId: q.topics, value: ['law', 'media'] },
    ];
    expect((await w.call('member', 'POST', url, { answers })).statusCode).toBe(404);
    expect((await w.call('agency_admin', 'POST', url, { answers })).statusCode).toBe(404);
    const bad = await w.as(w.applicants.two.cookie, 'POST', url, {
      answers: [{ questionId: q.score, value: 11 }],
    });
    expect(bad.statusCode).toBe(400);
    const missing = await w.as(w.applicants.two.cookie, 'POST', url, {
      answers: [{ questionId: q.score, value: 5 }],
    });
    expect(missing.statusCode).toBe(400);
    expect(await w.t.database.db.selectFrom('feedback_responses').selectAll().execute()).toHaveLength(0);
    const first = await w.as(w.applicants.one.cookie, 'POST', url, { answers });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().myResponse.answers).toHaveLength(4);
    const again = await w.as(w.applicants.one.cookie, 'POST', url, { answers });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('ALREADY_EXISTS');
  });

  it('lists exactly the non-respondents and reminds only them, in their language', async () => {
    const list = await w.ok('agency_editor', 'GET', `/api/programmes/${id}/feedback/non-respondents`);
    expect(list.items.map((i: Body) => i.applicationId).sort()).toEqual([apps.orhan, apps.aigul].sort());
    expect(
      (await w.call('editorB', 'GET', `/api/programmes/${id}/feedback/non-respondents`)).statusCode,
    ).toBe(403);
    const sent = await w.ok(
      'agency_editor',
      'POST',
      `/api/programmes/${id}/feedback/reminders`,
      undefined,
      200,
    );
    expect(sent).toEqual({ reminded: 2, sent: 2 });
    const mails = await outbox('feedbackReminder');
    expect(mails.map((m) => m.to_address).sort()).toEqual([w.applicants.two.email, aigul.email].sort());
    expect(mails.find((m) => m.to_address === aigul.email)).toMatchObject({ locale: 'kk' });
  });

  it('summarises the results per question and exports them, audited', async () => {
    await w.as(w.applicants.two.cookie, 'POST', `/api/programmes/${id}/feedback/responses`, {
      answers: [
        { questionId: q.rating, value: 'fair' },
        { questionId: q.score, value: 6 },
        { questionId: q.topics, value: ['law'] },
      ],
    });
    const results = await w.ok('agency_editor', 'GET', `/api/programmes/${id}/feedback/results`);
    expect(results).toMatchObject({ participants: 3, respondents: 2 });
    const [rating, score, comment, topics] = results.questions;
    expect(rating.options).toEqual([
      { value: 'good', count: 1 },
      { value: 'fair', count: 1 },
      { value: 'poor', count: 0 },
    ]);
    expect(score).toMatchObject({ answered: 2, mean: 7.5, min: 6, max: 9 });
    expect(comment.texts).toEqual(['More time for questions']);
    expect(topics.options).toEqual([
      { value: 'law', count: 2 },
      { value: 'media', count: 1 },
    ]);
    const csv = await w.call(
      'agency_editor',
      'GET',
      `/api/programmes/${id}/feedback/results/export?format=csv`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('How was the training?');
    expect(csv.body).toContain('More time for questions');
    expect(csv.body.trim().split('\r\n')).toHaveLength(3);
    const xlsx = await w.call(
      'agency_editor',
      'GET',
      `/api/programmes/${id}/feedback/results/export?format=xlsx`,
    );
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const audit = await w.t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'programme.feedback_exported')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('the survey cannot change once answered', async () => {
    const res = await w.call('agency_editor', 'PUT', `/api/programmes/${id}/feedback`, { questions: SURVEY });
    expect(res.statusCode).toBe(409);
  });
});
