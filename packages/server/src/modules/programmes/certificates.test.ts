import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, signIn } from '../../../test/factories.ts';
import {
  type Applicant,
  buildProgrammesWorld,
  completeAnswers,
  type ProgrammesWorld,
} from './programmes.fixtures.ts';

// Attendance per day and certificates of attendance (ADR 0023): a five-day programme of agency A
// with four applications — Aigul (a Kazakh name in Cyrillic only) present every day, Leyla present
// four days of five (exactly 80 %), Orhan three (60 %), and a nominee whose application stays
// submitted. The decisions slice is not needed: acceptance is set in the database.

let w: ProgrammesWorld;
let programmeId: string;
let aigul: Applicant;
const apps: Record<'aigul' | 'leyla' | 'orhan' | 'nominee', string> = {
  aigul: '',
  leyla: '',
  orhan: '',
  nominee: '',
};
// biome-ignore lint/suspicious/noExplicitAny: response bodies in tests are checked field by field
type Body = any;
const DAYS = ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05'];

async function pdfText(bytes: Buffer) {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? `${i.str}${i.hasEOL ? '\n' : ''}` : '')).join(''));
  }
  return pages.join('\n');
}

beforeAll(async () => {
  w = await buildProgrammesWorld();
  const db = w.t.database.db;
  const programme = await w.programme({ startDate: DAYS[0], endDate: DAYS[4] });
  programmeId = programme.id;
  const personId = (
    await w.ok('secretariat', 'POST', '/api/people', {
      names: [{ fullName: 'Айгүл Серікқызы', lang: 'kk' }],
      ownerOrgId: w.orgs.agencyA,
      visibility: 'owner',
      positions: [{ title: { en: 'Member' }, organisationId: w.orgs.diasporaPublic, fromDate: '2015-01-01' }],
    })
  ).id;
  const account = await buildAccount(db);
  await db.updateTable('accounts').set({ person_id: personId }).where('id', '=', account.id).execute();
  aigul = { email: account.email, cookie: await signIn(w.t.app, account.email), personId };
  const submit = async (cookie: string | undefined, extra: object = {}) => {
    const res = await w.as(cookie, 'POST', `/api/programmes/${programmeId}/applications`, {
      answers: completeAnswers(programme),
      submit: true,
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  apps.aigul = await submit(aigul.cookie);
  apps.leyla = await submit(w.applicants.one.cookie);
  apps.orhan = await submit(w.applicants.two.cookie);
  const rep = await w.ok('org_rep', 'POST', `/api/programmes/${programmeId}/applications`, {
    personId: w.nominee,
    nominatedByOrgId: w.orgs.diasporaPublic,
    answers: completeAnswers(programme),
    submit: true,
  });
  apps.nominee = rep.id;
  await db
    .updateTable('applications')
    .set({ status: 'accepted', decided_at: new Date() })
    .where('id', 'in', [apps.aigul, apps.leyla, apps.orhan])
    .execute();
}, 120_000);
afterAll(() => w.t.close());

const attendanceRows = async () =>
  Number(
    (
      await w.t.database.db
        .selectFrom('programme_attendance')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('attendance per day', () => {
  it('refuses a day outside the programme, an application not accepted, one listed twice; writes nothing', async () => {
    const url = `/api/programmes/${programmeId}/attendance`;
    const outside = await w.call('agency_editor', 'PUT', url, { date: '2026-06-06', present: [apps.aigul] });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].path).toBe('body.date');
    const before = await w.call('agency_editor', 'PUT', url, { date: '2026-05-31', present: [apps.aigul] });
    expect(before.statusCode).toBe(400);
    const notAccepted = await w.call('agency_editor', 'PUT', url, {
      date: DAYS[0],
      present: [apps.aigul, apps.nominee],
    });
    expect(notAccepted.statusCode).toBe(400);
    expect(notAccepted.json().errors[0].path).toBe('body.present.1');
    const twice = await w.call('agency_editor', 'PUT', url, {
      date: DAYS[0],
      present: [apps.aigul],
      absent: [apps.aigul],
    });
    expect(twice.statusCode).toBe(400);
    const unknownField = await w.call('agency_editor', 'PUT', url, { date: DAYS[0], present: [], extra: 1 });
    expect(unknownField.statusCode).toBe(400);
    expect(await attendanceRows()).toBe(0);
  });

  it('only the organisers record it: agency B and the participants may not', async () => {
    const body = { date: DAYS[0], present: [apps.aigul] };
    expect(
      (await w.call('editorB', 'PUT', `/api/programmes/${programmeId}/attendance`, body)).statusCode,
    ).toBe(403);
    expect(
      (await w.as(aigul.cookie, 'PUT', `/api/programmes/${programmeId}/attendance`, body)).statusCode,
    ).toBe(403);
    expect(await attendanceRows()).toBe(0);
  });

  it('records days and sums them up: attended means present on at least 80 % of the days', async () => {
    const plan: Record<string, string[]> = {
      [DAYS[0] as string]: ['aigul', 'leyla', 'orhan'],
      [DAYS[1] as string]: ['aigul', 'leyla', 'orhan'],
      [DAYS[2] as string]: ['aigul', 'leyla', 'orhan'],
      [DAYS[3] as string]: ['aigul', 'leyla'],
      [DAYS[4] as string]: ['aigul'],
    };
    let sheet: Body;
    for (const [date, present] of Object.entries(plan)) {
      const absent = (['aigul', 'leyla', 'orhan'] as const)
        .filter((k) => !present.includes(k))
        .map((k) => apps[k]);
      sheet = await w.ok('agency_editor', 'PUT', `/api/programmes/${programmeId}/attendance`, {
        date,
        present: present.map((k) => apps[k as keyof typeof apps]),
        excused: absent.slice(0, 1),
        absent: absent.slice(1),
      });
    }
    expect(sheet.days).toEqual(DAYS);
    expect(sheet.requiredShare).toBe(80);
    const by = new Map(sheet.items.map((i: Body) => [i.application.id, i]));
    expect(by.get(apps.aigul)).toMatchObject({ present: 5, attended: true, presentShare: 100 });
    expect(by.get(apps.leyla)).toMatchObject({ present: 4, excused: 1, attended: true, presentShare: 80 });
    expect(by.get(apps.orhan)).toMatchObject({ present: 3, attended: false, presentShare: 60 });
    expect(by.has(apps.nominee)).toBe(false);
  });

  it('a participant sees their own summary; another applicant does not', async () => {
    const own = await w.as(w.applicants.one.cookie, 'GET', `/api/applications/${apps.leyla}/attendance`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ present: 4, attended: true, requiredShare: 80 });
    expect(own.json().days[4]).toEqual({ date: DAYS[4], status: 'excused' });
    expect(
      (await w.as(w.applicants.two.cookie, 'GET', `/api/applications/${apps.leyla}/attendance`)).statusCode,
    ).toBe(404);
  });
});

describe('certificates of attendance', () => {
  let code = '';
  it('refuses someone who did not attend or was not accepted, and writes nothing', async () => {
    const res = await w.call('agency_editor', 'POST', `/api/programmes/${programmeId}/certificates`, {
      applicationIds: [apps.aigul, apps.orhan, apps.nominee],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: Body) => e.path)).toEqual([
      'body.applicationIds.1',
      'body.applicationIds.2',
    ]);
    expect((await w.ok('agency_editor', 'GET', `/api/programmes/${programmeId}/certificates`)).total).toBe(0);
  });

  it('issues one per person even under parallel requests', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        w.call('agency_editor', 'POST', `/api/programmes/${programmeId}/certificates`, {
          applicationIds: [apps.aigul, apps.leyla],
          signatory: { name: 'Fuad Muradov', position: 'Chairman' },
        }),
      ),
    );
    for (const r of results) expect(r.statusCode, r.body).toBe(200);
    const list = await w.ok('agency_editor', 'GET', `/api/programmes/${programmeId}/certificates`);
    expect(list.total).toBe(2);
    const mine = list.items.find((c: Body) => c.applicationId === apps.aigul);
    expect(mine.person).toMatchObject({ name: 'Айгүл Серікқызы', latinName: 'Aigul Serikkyzy' });
    expect(mine.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(mine.verifyUrl.endsWith(`/verify/${mine.code}`)).toBe(true);
    code = mine.code;
    const own = await w.as(aigul.cookie, 'GET', `/api/applications/${apps.aigul}`);
    expect(own.json().certificate).toMatchObject({ code, revoked: false });
    expect(
      (await w.as(w.applicants.two.cookie, 'GET', `/api/applications/${apps.orhan}`)).json().certificate,
    ).toBeNull();
    const rows = await w.t.database.db.selectFrom('programme_certificates').select('id').execute();
    expect(rows).toHaveLength(2);
  });

  it('the PDF holds the Cyrillic name, its Latin form and the verification URL', async () => {
    const res = await w.as(aigul.cookie, 'GET', `/api/applications/${apps.aigul}/certificate.pdf?lang=kk`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Айгүл Серікқызы');
    expect(text).toContain('Aigul Serikkyzy');
    expect(text).toContain(`/verify/${code}`);
    expect(text).toContain('Қатысу сертификаты');
    expect(text).toContain('Fuad Muradov');
  });

  it('the PDF goes to the holder, the organisers and the secretariat only', async () => {
    const url = `/api/applications/${apps.aigul}/certificate.pdf`;
    expect((await w.call('agency_editor', 'GET', url)).statusCode).toBe(200);
    expect((await w.call('secretariat', 'GET', url)).statusCode).toBe(200);
    expect((await w.as(w.applicants.one.cookie, 'GET', url)).statusCode).toBe(404);
    expect((await w.call('org_rep', 'GET', url)).statusCode).toBe(404);
    expect((await w.call('anonymous', 'GET', url)).statusCode).toBe(401);
    expect(
      (await w.as(w.applicants.two.cookie, 'GET', `/api/applications/${apps.orhan}/certificate.pdf`))
        .statusCode,
    ).toBe(404);
  });

  it('verifies publicly: a real code → 200 with the holder, a wrong one → 404', async () => {
    const real = await w.call('anonymous', 'GET', `/api/certificates/verify/${code}`);
    expect(real.statusCode, real.body).toBe(200);
    expect(real.json()).toMatchObject({
      holder: { name: 'Айгүл Серікқызы', latinName: 'Aigul Serikkyzy' },
      programme: { id: programmeId, title: { en: 'Training for diaspora representatives' } },
      dates: { start: DAYS[0], end: DAYS[4] },
      organiser: { id: w.orgs.agencyA },
      revoked: false,
    });
    const wrong = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
    expect((await w.call('anonymous', 'GET', `/api/certificates/verify/${wrong}`)).statusCode).toBe(404);
    expect((await w.call('anonymous', 'GET', '/api/certificates/verify/x')).json().code).toBe('NOT_FOUND');
  });

  it('a revoked certificate still verifies, saying it was revoked; only organisers revoke', async () => {
    const list = await w.ok('agency_editor', 'GET', `/api/programmes/${programmeId}/certificates`);
    const id = list.items.find((c: Body) => c.code === code).id;
    expect((await w.call('editorB', 'POST', `/api/certificates/${id}/revoke`, {})).statusCode).toBe(403);
    await w.ok('agency_editor', 'POST', `/api/certificates/${id}/revoke`, { reason: 'Issued in error' }, 200);
    const after = await w.call('anonymous', 'GET', `/api/certificates/verify/${code}`);
    expect(after.json()).toMatchObject({ revoked: true, revokedAt: expect.any(String) });
    expect((await w.call('agency_editor', 'POST', `/api/certificates/${id}/revoke`, {})).statusCode).toBe(
      409,
    );
  });
});
