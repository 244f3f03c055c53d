import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden, notFound } from '../../errors/app-error.ts';
import { groupBy } from '../../lib/group-by.ts';
import type { Actor } from '../accounts/actor.ts';
import { personOfAccount } from '../meetings/participation.repository.ts';
import { readableRefNames } from '../registry/organisation-refs.ts';
import { primaryOf } from '../registry/people.presenter.ts';
import { namesOfPeople } from '../registry/people.repository.ts';
import { flattenText } from '../registry/registry.presenter.ts';
import {
  type ApplicationFilter,
  answersOf,
  findApplication,
  listApplications,
  submitterLabels,
} from './applications.repository.ts';
import { certificatesOfApplications } from './certificates.repository.ts';
import { certificateRef } from './certificates.presenter.ts';
import { readableProgramme } from './programmes.access.ts';
import { applicationListAccess, canReadApplication } from './programmes.policy.ts';
import { findProgrammes } from './programmes.repository.ts';
import type { Application, Programme } from './programmes.table.ts';
import { isReviewerOf } from './reviews.repository.ts';

// Applications as the API shows them, to those who may see their personal data (ADR 0023).

type Page = { limit: number; offset: number };
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The caller's own person, when its account is linked to one. */
export const ownPersonOf = (db: Kysely<Database>, actor: Actor) =>
  actor.kind === 'account' ? personOfAccount(db, actor.accountId) : Promise.resolve(null);

/** Applications as the API shows them (answers only when `withAnswers`). */
export async function applicationViews(
  db: Kysely<Database>,
  actor: Actor,
  apps: readonly Application[],
  withAnswers: boolean,
) {
  const programmes = await findProgrammes(db, [...new Set(apps.map((a) => a.programme_id))]);
  const [names, submitters, orgs, certificates] = await Promise.all([
    namesOfPeople(db, [...new Set(apps.map((a) => a.person_id))]),
    submitterLabels(
      db,
      apps.flatMap((a) => a.submitted_by ?? []),
    ),
    readableRefNames(
      db,
      actor,
      apps.flatMap((a) => a.nominated_by_org_id ?? []),
    ),
    certificatesOfApplications(
      db,
      apps.map((a) => a.id),
    ),
  ]);
  const namesBy = groupBy(names, (n) => n.person_id);
  const answers = withAnswers ? await Promise.all(apps.map((a) => answersOf(db, a.id))) : [];
  return apps.map((a, i) => {
    const programme = programmes.get(a.programme_id) as Programme;
    const org = a.nominated_by_org_id;
    return {
      id: a.id,
      programme: { id: programme.id, title: flattenText(programme.title) ?? {} },
      person: { id: a.person_id, name: primaryOf(namesBy.get(a.person_id) ?? []) ?? '' },
      submittedBy: a.submitted_by
        ? { id: a.submitted_by, label: submitters.get(a.submitted_by) ?? '' }
        : null,
      nominatedBy: org && orgs.has(org) ? { id: org, name: orgs.get(org) ?? '' } : null,
      status: a.status,
      submittedAt: iso(a.submitted_at),
      decidedAt: iso(a.decided_at),
      waitlistPosition: a.waitlist_position,
      score: a.score,
      certificate: certificateRef(certificates.get(a.id)),
      createdAt: a.created_at.toISOString(),
      updatedAt: a.updated_at.toISOString(),
      ...(withAnswers
        ? { answers: (answers[i] ?? []).map((x) => ({ questionId: x.question_id, value: x.value })) }
        : {}),
    };
  });
}

/** Is the caller one of the programme's reviewers? */
export const isReviewer = (db: Kysely<Database>, actor: Actor, programmeId: string) =>
  actor.kind === 'account' ? isReviewerOf(db, programmeId, actor.accountId) : Promise.resolve(false);

/**
 * An application the caller may read by the programmes policy.
 * @throws AppError NOT_FOUND (also when the caller may not see it)
 */
export async function readableApplication(db: Kysely<Database>, actor: Actor, id: string) {
  const app = await findApplication(db, id);
  const programme = app ? (await findProgrammes(db, [app.programme_id])).get(app.programme_id) : undefined;
  const own = await ownPersonOf(db, actor);
  const reviewer = programme ? await isReviewer(db, actor, programme.id) : false;
  if (!app || !programme || !canReadApplication(actor, own, app, programme, reviewer))
    throw notFound('The application');
  return app;
}

/** One application. @throws AppError NOT_FOUND (also when the caller may not see it) */
export async function showApplication(deps: AppDeps, actor: Actor, id: string) {
  const app = await readableApplication(deps.db, actor, id);
  const [view] = await applicationViews(deps.db, actor, [app], true);
  return view as NonNullable<typeof view>;
}

/** A programme's applications (its editors; its reviewers the submitted ones). @throws AppError NOT_FOUND; FORBIDDEN */
export async function programmeApplications(
  deps: AppDeps,
  actor: Actor,
  id: string,
  filter: ApplicationFilter,
  page: Page,
) {
  const programme = await readableProgramme(deps.db, actor, id);
  const access = applicationListAccess(actor, programme, await isReviewer(deps.db, actor, id));
  if (!access) throw forbidden('Only the organisers and reviewers see the applications.');
  const submittedOnly = access === 'reviewer';
  const found = await listApplications(deps.db, { programmeId: id }, { ...filter, submittedOnly }, page);
  return { items: await applicationViews(deps.db, actor, found.items, false), total: found.total };
}

/** The caller's applications: for its own person, or made by it. */
export async function myApplications(deps: AppDeps, actor: Actor, page: Page) {
  if (actor.kind !== 'account') return { items: [], total: 0 };
  const own = await ownPersonOf(deps.db, actor);
  const found = await listApplications(deps.db, { personId: own, submittedBy: actor.accountId }, {}, page);
  return { items: await applicationViews(deps.db, actor, found.items, false), total: found.total };
}
