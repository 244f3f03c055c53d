import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLERS } from '../registry/registry.fixtures.ts';
import {
  buildProgrammesWorld,
  completeAnswers,
  FORM,
  openCallBody,
  type ProgrammesWorld,
} from './programmes.fixtures.ts';

// Programmes: who sees which in the list and the detail (they agree), the call's status, the
// organising body's writes, the fuzzy period, and the form fixed after a submission.

let w: ProgrammesWorld;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
let published: any;
let draftId: string;
beforeAll(async () => {
  w = await buildProgrammesWorld();
  published = await w.programme({
    periodText: 'the end of May and the beginning of June',
    periodReference: '2019-01-01',
    countryCode: 'US',
  });
  draftId = (
    await w.ok('agency_editor', 'POST', '/api/programmes', { kind: 'forum', title: { en: 'Draft forum' } })
  ).id;
  // A call that has not opened yet, on a published programme.
  const upcoming = await w.ok('secretariat', 'POST', '/api/programmes', {
    kind: 'summer_school',
    title: { en: 'Summer school' },
    organiserId: w.orgs.agencyB,
    status: 'published',
  });
  const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  await w.ok('secretariat', 'PUT', `/api/programmes/${upcoming.id}/call`, {
    ...openCallBody(),
    opensAt: { date: future(5), time: '09:00' },
    closesAt: { date: future(30), time: '18:00' },
  });
}, 60_000);
afterAll(() => w.t.close());

describe('the list and the detail', () => {
  it('anonymous callers see published programmes only, each with its call status and bodies by name', async () => {
    const list = await w.ok('anonymous', 'GET', '/api/programmes');
    expect(list.items.map((p: { title: { en: string } }) => p.title.en).sort()).toEqual([
      'Summer school',
      'Training for diaspora representatives',
    ]);
    const training = list.items.find((p: { id: string }) => p.id === published.id);
    expect(training).toMatchObject({
      call: { status: 'open', timeZone: 'Asia/Baku' },
      organiser: { id: w.orgs.agencyA },
      supporters: [{ organisation: { id: w.orgs.agencyB }, role: 'support' }],
      period: { start: '2019-05-21', end: '2019-06-10', precision: 'decade' },
    });
    expect(list.items.find((p: { id: string }) => p.id !== published.id).call.status).toBe('upcoming');
    const open = await w.ok('anonymous', 'GET', '/api/programmes?open=true');
    expect(open.items.map((p: { id: string }) => p.id)).toEqual([published.id]);
    expect((await w.ok('anonymous', 'GET', '/api/programmes?country=US')).total).toBe(1);
  });

  it.each(CALLERS)('%s: the draft is in the list exactly when its detail is readable', async (who) => {
    const list = await w.ok(who, 'GET', '/api/programmes?limit=200');
    const listed = list.items.some((p: { id: string }) => p.id === draftId);
    const single = await w.call(who, 'GET', `/api/programmes/${draftId}`);
    expect(single.statusCode === 200).toBe(listed);
    expect(listed).toBe(['agency_editor', 'adminA', 'secretariat'].includes(who));
  });

  it('the detail has the questions in every language, audience and quotas', async () => {
    await w.ok('adminA', 'PUT', `/api/programmes/${published.id}/quotas`, {
      quotas: [
        { countryCode: 'DE', seats: 3 },
        { community: 'kk', seats: 2 },
      ],
    });
    const shown = await w.ok('anonymous', 'GET', `/api/programmes/${published.id}`);
    expect(shown.call.questions[0].label).toEqual({
      en: 'Why do you apply?',
      az: 'Niyə müraciət edirsiniz?',
    });
    expect(shown.quotas).toHaveLength(2);
    expect(shown).toMatchObject({ canEdit: false, myApplication: null, applications: null });
  });
});

describe('writes by the organising body', () => {
  it('another body’s editor may not change the programme or its call; nor organise for another body', async () => {
    await w.ok('editorB', 'PATCH', `/api/programmes/${published.id}`, { capacity: 20 }, 403);
    await w.ok('editorB', 'PUT', `/api/programmes/${published.id}/call`, openCallBody(), 403);
    await w.ok(
      'agency_editor',
      'POST',
      '/api/programmes',
      { kind: 'training', title: { en: 'X' }, organiserId: w.orgs.agencyB },
      403,
    );
  });

  it('statuses follow the lifecycle: a cancelled programme stays cancelled (409 CONFLICT)', async () => {
    const created = await w.ok('agency_editor', 'POST', '/api/programmes', {
      kind: 'internship',
      title: { en: 'Internship' },
    });
    const url = `/api/programmes/${created.id}`;
    expect((await w.ok('agency_editor', 'PATCH', url, { status: 'published' })).status).toBe('published');
    expect((await w.ok('agency_editor', 'PATCH', url, { status: 'cancelled' })).status).toBe('cancelled');
    const back = await w.ok('agency_editor', 'PATCH', url, { status: 'published' }, 409);
    expect(back.code).toBe('CONFLICT');
  });

  it('a period not understood → 400 PERIOD_NOT_UNDERSTOOD; a call closing before it opens → 400', async () => {
    const bad = await w.ok(
      'agency_editor',
      'PATCH',
      `/api/programmes/${published.id}`,
      { periodText: 'whenever' },
      400,
    );
    expect(bad).toMatchObject({ code: 'PERIOD_NOT_UNDERSTOOD', errors: [{ path: 'body.periodText' }] });
    const backwards = openCallBody({ closesAt: { date: '2000-01-01', time: '00:00' } });
    await w.ok('agency_editor', 'PUT', `/api/programmes/${published.id}/call`, backwards, 400);
  });

  it('the form is fixed once an application was submitted (409 CALL_FORM_LOCKED); the times may still change', async () => {
    const programme = await w.programme();
    const url = `/api/programmes/${programme.id}/call`;
    const keep = programme.call.questions.map((q: { id: string }, i: number) => ({ id: q.id, ...FORM[i] }));
    await w.ok(
      'agency_editor',
      'PUT',
      url,
      openCallBody({ questions: [...keep, { kind: 'date', label: { en: 'Date of birth' } }] }),
    );
    const current = (await w.ok('agency_editor', 'GET', `/api/programmes/${programme.id}`)).call.questions;
    await w.as(w.applicants.one.cookie, 'POST', `/api/programmes/${programme.id}/applications`, {
      answers: completeAnswers({ call: { questions: current } }),
      submit: true,
    });
    const locked = await w.ok('agency_editor', 'PUT', url, openCallBody({ questions: keep }), 409);
    expect(locked.code).toBe('CALL_FORM_LOCKED');
    const same = current.map((q: { id: string }, i: number) => ({
      id: q.id,
      ...(i < FORM.length ? FORM[i] : { kind: 'date', label: { en: 'Date of birth' } }),
    }));
    const moved = await w.ok(
      'agency_editor',
      'PUT',
      url,
      openCallBody({ questions: same, closesAt: { date: '2099-01-01', time: '12:00' } }),
    );
    expect(moved.call.closesAt).toBe('2099-01-01T08:00:00.000Z');
  });
});
