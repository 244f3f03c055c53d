import type { LightMyRequestResponse } from 'fastify';
import { buildAccount, signIn } from '../../../test/factories.ts';
import { ORIGIN } from '../../../test/test-app.ts';
import { buildMeetingsWorld, type MeetingsWorld } from '../meetings/meetings.fixtures.ts';

// The programmes tests' world: the meetings world (the secretariat, agencies A and B, one caller
// per kind of actor, the diaspora organisation "Azerbaijani House Berlin" with its org_rep), made
// concrete for eligibility (the Berlin house is in DE and serves the az community), and two
// applicants whose accounts are linked to people of the house, and a member of the house without
// an account (to be nominated).

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
// biome-ignore lint/suspicious/noExplicitAny: response bodies in tests are checked field by field
type Body = any;

/** A signed-in applicant: its account's email, cookie and person. */
export interface Applicant {
  email: string;
  cookie: string;
  personId: string;
}

export interface ProgrammesWorld extends MeetingsWorld {
  applicants: { one: Applicant; two: Applicant };
  /** A member of the Berlin house without an account, for nominations. */
  nominee: string;
  /** Sends a request with a cookie of one's own (an applicant's). */
  as(
    cookie: string | undefined,
    method: Method,
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>;
  /** A published programme of agency A with an open call and its form; returns its detail. */
  programme(extra?: object, call?: object): Promise<Body>;
}

const position = (organisationId: string) => [
  { title: { en: 'Member' }, organisationId, fromDate: '2015-01-01' },
];

/** The form of the test calls: a required text, a required consent, a number 18–35, a choice, a file. */
export const FORM = [
  {
    kind: 'short_text',
    label: { en: 'Why do you apply?', az: 'Niyə müraciət edirsiniz?' },
    required: true,
    validation: { maxLength: 200 },
  },
  { kind: 'consent', label: { en: 'I agree to the processing of my data' }, required: true },
  { kind: 'number', label: { en: 'Age' }, validation: { min: 18, max: 35 } },
  {
    kind: 'choice',
    label: { en: 'Language of work' },
    options: [
      { value: 'en', label: { en: 'English' } },
      { value: 'ru', label: { en: 'Russian' } },
    ],
  },
  { kind: 'file', label: { en: 'Recommendation letter' } },
];

/** The call's local times around now in Asia/Baku: opened yesterday, closes in ten days. */
export function openCallBody(extra: object = {}) {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return {
    opensAt: { date: day(-1), time: '00:00' },
    closesAt: { date: day(10), time: '23:59' },
    timeZone: 'Asia/Baku',
    questions: FORM,
    ...extra,
  };
}

/** Builds the world on a fresh test app. */
export async function buildProgrammesWorld(): Promise<ProgrammesWorld> {
  const w = await buildMeetingsWorld();
  const db = w.t.database.db;
  const house = w.orgs.diasporaPublic;
  await db
    .updateTable('organisations')
    .set({ country_code: 'DE', communities: ['az'] })
    .where('id', '=', house)
    .execute();
  const person = async (name: string) =>
    (
      await w.ok('secretariat', 'POST', '/api/people', {
        names: [{ fullName: name }],
        ownerOrgId: w.orgs.agencyA,
        visibility: 'owner',
        positions: position(house),
      })
    ).id as string;
  const applicant = async (name: string): Promise<Applicant> => {
    const personId = await person(name);
    const account = await buildAccount(db);
    await db.updateTable('accounts').set({ person_id: personId }).where('id', '=', account.id).execute();
    return { email: account.email, cookie: await signIn(w.t.app, account.email), personId };
  };
  const applicants = { one: await applicant('Leyla Mammadova'), two: await applicant('Orhan Aliyev') };
  const nominee = await person('Kamran Huseynov');
  const as: ProgrammesWorld['as'] = (cookie, method, url, payload) =>
    w.t.app.inject({
      method,
      url,
      headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) },
      ...(payload ? { payload } : {}),
    });
  const programme: ProgrammesWorld['programme'] = async (extra = {}, call = {}) => {
    const created = await w.ok('agency_editor', 'POST', '/api/programmes', {
      kind: 'training',
      title: { en: 'Training for diaspora representatives', az: 'Diaspor nümayəndələri üçün təlim' },
      supporters: [{ organisationId: w.orgs.agencyB, role: 'support' }],
      status: 'published',
      ...extra,
    });
    return w.ok('agency_editor', 'PUT', `/api/programmes/${created.id}/call`, openCallBody(call));
  };
  return { ...w, applicants, nominee, as, programme };
}

/** The answers that make a complete application to a programme built with `FORM`. */
export function completeAnswers(detail: Body) {
  const [motivation, consent] = detail.call.questions;
  return [
    { questionId: motivation.id, value: 'To learn from other diasporas' },
    { questionId: consent.id, value: true },
  ];
}
