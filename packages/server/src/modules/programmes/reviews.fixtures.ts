import { buildAccount, buildOrganisation, signIn } from '../../../test/factories.ts';
import type { Caller } from '../registry/registry.fixtures.ts';
import { buildProgrammesWorld, completeAnswers, type ProgrammesWorld } from './programmes.fixtures.ts';

// The reviews and decisions tests' world: the programmes world, diaspora organisations in the USA
// and Kazakhstan, a helper making a signed-in applicant of an organisation (in a language) who
// applies to a programme, and the account ids of the world's callers (to appoint reviewers).

// biome-ignore lint/suspicious/noExplicitAny: response bodies in tests are checked field by field
type Body = any;

/** An applicant of the decisions tests: account, cookie, person, its application. */
export interface Candidate {
  email: string;
  cookie: string;
  personId: string;
  applicationId: string;
}

export interface ReviewWorld extends ProgrammesWorld {
  diaspora: { us: string; kz: string };
  /** The account id of one of the world's callers. */
  accountOf(who: Caller): Promise<string>;
  /** A person of `orgId` with an account in `locale` who submits an application to `programme`. */
  candidate(programme: Body, orgId: string, name: string, locale?: string): Promise<Candidate>;
}

/** Builds the world on a fresh test app. */
export async function buildReviewWorld(): Promise<ReviewWorld> {
  const w = await buildProgrammesWorld();
  const db = w.t.database.db;
  const diaspora = async (country: string, community: string) =>
    (await buildOrganisation(db, { kind: 'diaspora_org', country_code: country, communities: [community] }))
      .id;
  const us = await diaspora('US', 'az');
  const kz = await diaspora('KZ', 'kk');
  const accountOf = async (who: Caller) => {
    const me = await w.call(who, 'GET', '/api/auth/me');
    return me.json().account.id as string;
  };
  const candidate: ReviewWorld['candidate'] = async (programme, orgId, name, locale = 'en') => {
    const person = await w.ok('secretariat', 'POST', '/api/people', {
      names: [{ fullName: name }],
      ownerOrgId: w.orgs.agencyA,
      visibility: 'owner',
      positions: [{ title: { en: 'Member' }, organisationId: orgId, fromDate: '2015-01-01' }],
    });
    const account = await buildAccount(db);
    await db
      .updateTable('accounts')
      .set({ person_id: person.id, locale })
      .where('id', '=', account.id)
      .execute();
    const cookie = await signIn(w.t.app, account.email);
    const app = await w.as(cookie, 'POST', `/api/programmes/${programme.id}/applications`, {
      answers: completeAnswers(programme),
      submit: true,
    });
    if (app.statusCode !== 201) throw new Error(`apply: ${app.statusCode} ${app.body}`);
    return { email: account.email, cookie, personId: person.id, applicationId: app.json().id };
  };
  return { ...w, diaspora: { us, kz }, accountOf, candidate };
}
