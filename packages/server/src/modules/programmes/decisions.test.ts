import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailsTo } from '../../../test/factories.ts';
import { type Candidate, buildReviewWorld, type ReviewWorld } from './reviews.fixtures.ts';

// Decisions under a capacity of 2 and a quota of 1 seat for the USA: five applicants scored 90..50
// (two in the USA, three in Kazakhstan, mail in five languages). Accepting four gives two places
// (one per country), the other two waitlisted by score with the explicitly waitlisted one; a
// withdrawal moves the first who fits up; two withdrawals at once accept two different people.

let w: ReviewWorld;
let programme: { id: string };
let c: Record<'us1' | 'us2' | 'kz1' | 'kz2' | 'kz3', Candidate>;

beforeAll(async () => {
  w = await buildReviewWorld();
  programme = await w.programme({ capacity: 2 });
  await w.ok('agency_editor', 'PUT', `/api/programmes/${programme.id}/quotas`, {
    quotas: [{ countryCode: 'US', seats: 1 }],
  });
  const { us, kz } = w.diaspora;
  c = {
    us1: await w.candidate(programme, us, 'Aysel Karimova', 'az'),
    us2: await w.candidate(programme, us, 'Ivan Petrov', 'ru'),
    kz1: await w.candidate(programme, kz, 'Нұрлан Әбенов', 'kk'),
    kz2: await w.candidate(programme, kz, 'Айбек Токтогулов', 'ky'),
    kz3: await w.candidate(programme, kz, 'Dilnoza Karimova', 'uz'),
  };
  await w.ok('agency_editor', 'PUT', `/api/programmes/${programme.id}/reviewers`, {
    accountIds: [await w.accountOf('agency_admin')],
  });
  const { criteria } = await w.ok('agency_editor', 'PUT', `/api/programmes/${programme.id}/criteria`, {
    criteria: [{ label: { en: 'Overall' }, weight: 1, maxScore: 10 }],
  });
  const scores = { us1: 9, us2: 8, kz1: 7, kz2: 6, kz3: 5 };
  for (const [key, score] of Object.entries(scores)) {
    await w.ok('agency_admin', 'PUT', `/api/applications/${c[key as keyof typeof c].applicationId}/review`, {
      scores: [{ criterionId: criteria[0].id, score }],
    });
  }
}, 120_000);
afterAll(() => w.t.close());

const status = async (key: keyof typeof c) => {
  const app = await w.ok('agency_editor', 'GET', `/api/applications/${c[key].applicationId}`);
  return [app.status, app.waitlistPosition];
};
const counts = async () => {
  const db = w.t.database.db;
  const outbox = await db
    .selectFrom('outbox')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  const audit = await db
    .selectFrom('audit_log')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return [Number(outbox.n), Number(audit.n)];
};

describe('decisions with quotas and capacity', () => {
  it('bad input writes nothing: an unknown id, a repeated one', async () => {
    const before = await counts();
    const decisions = `/api/programmes/${programme.id}/decisions`;
    const bad = await w.call('agency_editor', 'POST', decisions, {
      accept: [c.us1.applicationId, '00000000-0000-4000-8000-000000000001'],
      reject: [c.us1.applicationId],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'body.accept.1',
      'body.reject.0',
    ]);
    expect((await w.call('agency_editor', 'POST', decisions, { accept: [], extra: 1 })).statusCode).toBe(400);
    expect((await w.call('editorB', 'POST', decisions, { accept: [c.us1.applicationId] })).statusCode).toBe(
      403,
    );
    expect(await counts()).toEqual(before);
    expect(await status('us1')).toEqual(['under_review', null]);
  });

  it('accepts within the quota and the capacity; the rest waitlisted in score order', async () => {
    const { us1, us2, kz1, kz2, kz3 } = c;
    const result = await w.ok(
      'agency_editor',
      'POST',
      `/api/programmes/${programme.id}/decisions`,
      {
        accept: [kz2, us2, kz1, us1].map((x) => x.applicationId),
        waitlist: [kz3.applicationId],
      },
      200,
    );
    expect(result).toEqual({
      accepted: [us1.applicationId, kz1.applicationId],
      overflow: [us2.applicationId, kz2.applicationId],
      waitlisted: [
        { id: us2.applicationId, position: 1 },
        { id: kz2.applicationId, position: 2 },
        { id: kz3.applicationId, position: 3 },
      ],
      rejected: [],
    });
    expect(await status('us1')).toEqual(['accepted', null]);
    expect(await status('kz3')).toEqual(['waitlisted', 3]);
    const decided = await w.ok('agency_editor', 'GET', `/api/applications/${us1.applicationId}`);
    expect(decided.decidedAt).not.toBeNull();
  });

  it('queues each decision in the applicant’s language', async () => {
    const last = async (key: keyof typeof c) => (await mailsTo(w.t.database.db, c[key].email)).at(-1);
    expect(await last('us1')).toMatchObject({ template: 'applicationAccepted', locale: 'az' });
    expect((await last('us1'))?.subject).toMatch(/^Qəbul edildi: /);
    const us2 = await last('us2');
    expect(us2).toMatchObject({ template: 'applicationWaitlisted', locale: 'ru' });
    expect(us2?.text_body).toContain('под номером 1');
    expect((await last('kz1'))?.subject).toMatch(/^Қабылданды: /);
    expect((await last('kz3'))?.text_body).toContain('kutish roʻyxatiga 3-oʻringa');
  });

  it('a review can no longer change after the decision', async () => {
    const { criteria } = await w.ok('agency_admin', 'GET', `/api/programmes/${programme.id}/criteria`);
    const late = await w.call('agency_admin', 'PUT', `/api/applications/${c.us1.applicationId}/review`, {
      scores: [{ criterionId: criteria[0].id, score: 1 }],
    });
    expect(late.statusCode).toBe(409);
  });

  it('a withdrawal accepts the first waitlisted who fits the quota; positions close up', async () => {
    const out = await w.as(c.kz1.cookie, 'POST', `/api/applications/${c.kz1.applicationId}/withdraw`);
    expect(out.json().status).toBe('withdrawn');
    // us2 (position 1) does not fit: the USA's seat is taken by us1. kz2 moves up.
    expect(await status('kz2')).toEqual(['accepted', null]);
    expect(await status('us2')).toEqual(['waitlisted', 1]);
    expect(await status('kz3')).toEqual(['waitlisted', 2]);
    const moved = (await mailsTo(w.t.database.db, c.kz2.email)).at(-1);
    expect(moved).toMatchObject({ template: 'waitlistMoved', locale: 'ky' });
    expect(moved?.subject).toMatch(/^Сизге орун бошоду: /);
  });

  it('two withdrawals at once accept two different people and never exceed the capacity', async () => {
    const [a, b] = await Promise.all(
      (['us1', 'kz2'] as const).map((k) =>
        w.as(c[k].cookie, 'POST', `/api/applications/${c[k].applicationId}/withdraw`),
      ),
    );
    expect([a?.statusCode, b?.statusCode]).toEqual([200, 200]);
    expect(await status('us2')).toEqual(['accepted', null]);
    expect(await status('kz3')).toEqual(['accepted', null]);
    const list = await w.ok(
      'agency_editor',
      'GET',
      `/api/programmes/${programme.id}/applications?status=accepted`,
    );
    expect(list.total).toBe(2);
    for (const k of ['us2', 'kz3'] as const) {
      const mails = await mailsTo(w.t.database.db, c[k].email);
      expect(mails.filter((m) => m.template === 'waitlistMoved')).toHaveLength(1);
    }
  });
});

describe('automatic decisions', () => {
  it('accepts by score within the capacity and waitlists the rest', async () => {
    const small = await w.programme({ capacity: 1 });
    const low = await w.candidate(small, w.diaspora.kz, 'Low Score');
    const high = await w.candidate(small, w.diaspora.us, 'High Score');
    await w.ok('agency_editor', 'PUT', `/api/programmes/${small.id}/reviewers`, {
      accountIds: [await w.accountOf('adminA')],
    });
    const { criteria } = await w.ok('agency_editor', 'PUT', `/api/programmes/${small.id}/criteria`, {
      criteria: [{ label: { en: 'Overall' }, weight: 1, maxScore: 5 }],
    });
    for (const [app, score] of [
      [low, 2],
      [high, 4],
    ] as const) {
      await w.ok('adminA', 'PUT', `/api/applications/${app.applicationId}/review`, {
        scores: [{ criterionId: criteria[0].id, score }],
      });
    }
    const result = await w.ok(
      'agency_editor',
      'POST',
      `/api/programmes/${small.id}/decisions`,
      {
        auto: true,
      },
      200,
    );
    expect(result).toMatchObject({
      accepted: [high.applicationId],
      waitlisted: [{ id: low.applicationId, position: 1 }],
    });
    // A waitlisted withdrawal leaves the list and frees no place.
    await w.as(low.cookie, 'POST', `/api/applications/${low.applicationId}/withdraw`);
    const gone = await w.ok('agency_editor', 'GET', `/api/applications/${low.applicationId}`);
    expect(gone).toMatchObject({ status: 'withdrawn', waitlistPosition: null });
    const kept = await w.ok('agency_editor', 'GET', `/api/applications/${high.applicationId}`);
    expect(kept.status).toBe('accepted');
  });
});
