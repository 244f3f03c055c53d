import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import type { Actor } from '../accounts/actor.ts';
import { flattenText } from '../registry/registry.presenter.ts';
import { findApplication } from './applications.repository.ts';
import { isReviewer } from './applications.views.ts';
import { editableProgramme, readableProgramme } from './programmes.access.ts';
import { applicationListAccess } from './programmes.policy.ts';
import { findProgramme } from './programmes.repository.ts';
import { criteriaOf, reviewerCandidates, reviewersOf, reviewsOf } from './reviews.repository.ts';

// Reviewers, criteria and reviews as the API shows them, to the programme's editors and reviewers.

/** The programme's reviewers as `{ reviewers: [{ id, name }] }`. */
export async function reviewersView(db: Kysely<Database>, programmeId: string) {
  const rows = await reviewersOf(db, programmeId);
  return { reviewers: rows.map((r) => ({ id: r.id, name: r.display_name })) };
}

/** The programme's criteria as `{ criteria }`. */
export async function criteriaView(db: Kysely<Database>, programmeId: string) {
  const rows = await criteriaOf(db, programmeId);
  return {
    criteria: rows.map((c) => ({
      id: c.id,
      position: c.position,
      label: flattenText(c.label) ?? {},
      weight: c.weight,
      maxScore: c.max_score,
    })),
  };
}

/** One review as the API shows it. */
export function presentReview(r: Awaited<ReturnType<typeof reviewsOf>>[number]) {
  return {
    id: r.id,
    reviewer: { id: r.reviewer_id, name: r.display_name },
    scores: r.scores.map((s) => ({ criterionId: s.criterion_id, score: s.score })),
    comment: r.comment,
    score: r.score,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** A programme whose reviewers or criteria the caller may read: its editors and reviewers. */
async function reviewingProgramme(db: Kysely<Database>, actor: Actor, id: string) {
  const programme = await readableProgramme(db, actor, id);
  if (!applicationListAccess(actor, programme, await isReviewer(db, actor, id)))
    throw notFound('The programme');
  return programme;
}

/** The programme's reviewers (its editors and reviewers). @throws AppError NOT_FOUND */
export async function showReviewers(deps: AppDeps, actor: Actor, id: string) {
  await reviewingProgramme(deps.db, actor, id);
  return reviewersView(deps.db, id);
}

/**
 * Whom the programme's editors may appoint as reviewers: state bodies' admins and editors of every
 * member state (an organiser looks beyond its own body, which the accounts admin list would not).
 * @throws AppError NOT_FOUND; FORBIDDEN
 */
export async function showReviewerCandidates(
  deps: AppDeps,
  actor: Actor,
  id: string,
  query: { q?: string; limit: number },
) {
  await editableProgramme(deps.db, actor, id);
  const rows = await reviewerCandidates(deps.db, query.q, query.limit);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.display_name,
      organisation: { id: r.organisation_id, name: r.organisation_name },
      countryCode: r.country_code?.trim() || null,
    })),
  };
}

/** The programme's criteria (its editors and reviewers). @throws AppError NOT_FOUND */
export async function showCriteria(deps: AppDeps, actor: Actor, id: string) {
  await reviewingProgramme(deps.db, actor, id);
  return criteriaView(deps.db, id);
}

/**
 * The reviews of an application. The programme's editors see all; a reviewer sees its own, and the
 * others' (scores and comments) only once it has written its own; `hidden` counts those left out.
 * @throws AppError NOT_FOUND for anyone else
 */
export async function applicationReviews(deps: AppDeps, actor: Actor, applicationId: string) {
  const app = await findApplication(deps.db, applicationId);
  const programme = app && (await findProgramme(deps.db, app.programme_id));
  if (!app || !programme || app.status === 'draft') throw notFound('The application');
  const access = applicationListAccess(actor, programme, await isReviewer(deps.db, actor, programme.id));
  if (!access) throw notFound('The application');
  const all = (await reviewsOf(deps.db, applicationId)).map(presentReview);
  const me = actor.kind === 'account' ? actor.accountId : '';
  const wrote = all.some((r) => r.reviewer.id === me);
  const items = access === 'full' || wrote ? all : all.filter((r) => r.reviewer.id === me);
  return { items, score: app.score, hidden: all.length - items.length };
}
