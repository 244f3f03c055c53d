import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Candidate, buildReviewWorld, type ReviewWorld } from './reviews.fixtures.ts';

// Reviews: reviewers from two member states (agency A's admin, agency B's admin) score a programme
// of agency A against two criteria (weights 2 and 1); the application's score is the mean of the
// normalised weighted scores; a reviewer sees the others' reviews only after writing its own;
// reviewers read only their programme's submitted applications; the lists filter and sort by score.

let w: ReviewWorld;
let programme: { id: string; call: unknown };
let other: { id: string };
let first: Candidate;
let second: Candidate;
let otherApp: Candidate;
let criteria: { id: string }[];
const scores = (a: number, b: number) => [
  { criterionId: criteria[0]?.id, score: a },
  { criterionId: criteria[1]?.id, score: b },
];

beforeAll(async () => {
  w = await buildReviewWorld();
  programme = await w.programme({ capacity: 10 });
  other = await w.programme();
  first = await w.candidate(programme, w.diaspora.us, 'Aysel Karimova');
  second = await w.candidate(programme, w.diaspora.kz, 'Nurlan Abenov');
  otherApp = await w.candidate(other, w.diaspora.kz, 'Aigerim Sadykova');
  const accountIds = [await w.accountOf('adminA'), await w.accountOf('agency_admin')];
  await w.ok('agency_editor', 'PUT', `/api/programmes/${programme.id}/reviewers`, { accountIds });
  const set = await w.ok('agency_editor', 'PUT', `/api/programmes/${programme.id}/criteria`, {
    criteria: [
      { label: { en: 'Relevance', az: 'Uyğunluq' }, weight: 2, maxScore: 10 },
      { label: { en: 'Experience' }, weight: 1, maxScore: 5 },
    ],
  });
  criteria = set.criteria;
}, 120_000);
afterAll(() => w.t.close());

const review = (who: 'adminA' | 'agency_admin', id: string, body: object) =>
  w.call(who, 'PUT', `/api/applications/${id}/review`, body);

describe('reviews and scores', () => {
  it('refuses scores beyond a maximum or a missing criterion, writing nothing', async () => {
    const over = await review('adminA', first.applicationId, { scores: scores(11, 5) });
    expect(over.statusCode).toBe(400);
    expect(over.json().errors).toEqual([expect.objectContaining({ path: 'body.scores.0.score' })]);
    const missing = await review('adminA', first.applicationId, { scores: scores(5, 5).slice(0, 1) });
    expect(missing.json().errors).toEqual([expect.objectContaining({ path: 'body.scores' })]);
    const app = await w.ok('agency_editor', 'GET', `/api/applications/${first.applicationId}`);
    expect(app).toMatchObject({ status: 'submitted', score: null });
  });

  it('the first review moves the application under review; the score is the weighted mean', async () => {
    const one = await review('adminA', first.applicationId, { scores: scores(10, 5), comment: 'Excellent' });
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toMatchObject({
      score: 100,
      hidden: 0,
      items: [{ score: 100, comment: 'Excellent' }],
    });
    // 2·(5/10) + 1·(2.5/5) = 1.5 of 3 → 50; the mean of 100 and 50 → 75.
    const two = await review('agency_admin', first.applicationId, {
      scores: scores(5, 2.5),
      comment: 'Fair',
    });
    expect(two.json()).toMatchObject({ score: 75, hidden: 0 });
    expect(two.json().items).toHaveLength(2);
    const app = await w.ok('agency_editor', 'GET', `/api/applications/${first.applicationId}`);
    expect(app).toMatchObject({ status: 'under_review', score: 75 });
  });

  it('a reviewer sees no other review before writing its own; the organiser sees all', async () => {
    await review('adminA', second.applicationId, { scores: scores(4, 1), comment: 'Weak motivation' });
    const before = await w.ok('agency_admin', 'GET', `/api/applications/${second.applicationId}/reviews`);
    expect(before).toMatchObject({ items: [], hidden: 1 });
    expect(JSON.stringify(before)).not.toContain('Weak motivation');
    const organiser = await w.ok('agency_editor', 'GET', `/api/applications/${second.applicationId}/reviews`);
    expect(organiser).toMatchObject({ hidden: 0, items: [{ comment: 'Weak motivation' }] });
    const changed = await review('adminA', second.applicationId, { scores: scores(6, 1), comment: 'Better' });
    expect(changed.json().items).toEqual([expect.objectContaining({ comment: 'Better', score: 46.67 })]);
  });

  it('lists filter by score and sort by it, for the organiser and the reviewers', async () => {
    const url = `/api/programmes/${programme.id}/applications`;
    for (const who of ['agency_editor', 'agency_admin'] as const) {
      const sorted = await w.ok(who, 'GET', `${url}?sort=score`);
      expect(sorted.items.map((a: { score: number }) => a.score)).toEqual([75, 46.67]);
      const high = await w.ok(who, 'GET', `${url}?minScore=50`);
      expect(high.items.map((a: { id: string }) => a.id)).toEqual([first.applicationId]);
    }
  });

  it('the organiser finds reviewers among every state body’s admins and editors, not only its own', async () => {
    const url = `/api/programmes/${programme.id}/reviewer-candidates`;
    const all = await w.ok('agency_editor', 'GET', `${url}?limit=50`);
    const ids = all.items.map((c: { id: string }) => c.id);
    const own = await w.accountOf('agency_editor');
    for (const who of ['adminA', 'agency_admin'] as const) expect(ids).toContain(await w.accountOf(who));
    expect(ids).toContain(own);
    const bodies = new Set(all.items.map((c: { organisation: { id: string } }) => c.organisation.id));
    expect(bodies.size).toBeGreaterThan(1);
    const none = await w.ok('agency_editor', 'GET', `${url}?q=${encodeURIComponent('no such name %_')}`);
    expect(none.items).toEqual([]);
    expect((await w.call('editorB', 'GET', url)).statusCode).toBe(403);
  });

  it('only reviewers review; a reviewer reads only its programme’s applications', async () => {
    expect(
      (
        await w.call('agency_editor', 'PUT', `/api/applications/${first.applicationId}/review`, {
          scores: scores(1, 1),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await w.call('editorB', 'PUT', `/api/applications/${first.applicationId}/review`, {
          scores: scores(1, 1),
        })
      ).statusCode,
    ).toBe(404);
    expect((await w.call('editorB', 'GET', `/api/applications/${first.applicationId}`)).statusCode).toBe(404);
    expect((await w.call('agency_admin', 'GET', `/api/applications/${first.applicationId}`)).statusCode).toBe(
      200,
    );
    expect(
      (await w.call('agency_admin', 'GET', `/api/applications/${otherApp.applicationId}`)).statusCode,
    ).toBe(404);
    expect(
      (await w.call('agency_admin', 'GET', `/api/applications/${otherApp.applicationId}/reviews`)).statusCode,
    ).toBe(404);
    expect((await w.call('agency_admin', 'GET', `/api/programmes/${other.id}/applications`)).statusCode).toBe(
      403,
    );
    expect((await review('agency_admin', otherApp.applicationId, { scores: scores(1, 1) })).statusCode).toBe(
      404,
    );
  });

  it('criteria are fixed once reviewed; reviewers must be state bodies’ accounts', async () => {
    const locked = await w.call('agency_editor', 'PUT', `/api/programmes/${programme.id}/criteria`, {
      criteria: [],
    });
    expect(locked.statusCode).toBe(409);
    const notAgency = await w.call('agency_editor', 'PUT', `/api/programmes/${programme.id}/reviewers`, {
      accountIds: [await w.accountOf('org_rep')],
    });
    expect(notAgency.statusCode).toBe(400);
    const kept = await w.ok('agency_editor', 'GET', `/api/programmes/${programme.id}/reviewers`);
    expect(kept.reviewers).toHaveLength(2);
    expect((await w.call('editorB', 'GET', `/api/programmes/${programme.id}/criteria`)).statusCode).toBe(404);
  });
});
