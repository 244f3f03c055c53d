import type { AppDeps } from '../../app-deps.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { storedText } from '../registry/registry.presenter.ts';
import { invalidField } from '../registry/registry.references.ts';
import { lockApplication, setApplicationStatus } from './applications.repository.ts';
import { isReviewer } from './applications.views.ts';
import { auditProgrammes, editableProgramme } from './programmes.access.ts';
import { canEditProgramme, canReview } from './programmes.policy.ts';
import { findProgramme } from './programmes.repository.ts';
import {
  agencyAccounts,
  criteriaOf,
  refreshScore,
  replaceCriteria,
  replaceReviewers,
  reviewCount,
  submittedUnderReview,
  upsertReview,
} from './reviews.repository.ts';
import type { CriterionInput, ReviewInput } from './reviews.schema.ts';
import { reviewScore, scoreProblems } from './reviews.score.ts';
import { applicationReviews, criteriaView, reviewersView } from './reviews.views.ts';

// Reviews of applications (ADR 0023 "Reviews, scores and decisions"): the organisers appoint the
// reviewers (accounts of state bodies' admins and editors) and define the criteria; each reviewer
// writes one review per submitted application until the decision; the application's score is the
// mean of its reviews'. Criteria are fixed once a review exists (scores would no longer compare).

const REVIEWABLE = new Set(['submitted', 'under_review']);

/** Replaces the programme's reviewers. @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED */
export async function putReviewers(deps: AppDeps, ctx: RequestContext, id: string, accountIds: string[]) {
  const ids = [...new Set(accountIds)];
  await deps.db.transaction().execute(async (trx) => {
    await editableProgramme(trx, ctx.actor, id);
    const agency = await agencyAccounts(trx, ids);
    const bad = accountIds.findIndex((a) => !agency.has(a));
    if (bad >= 0) throw invalidField(`body.accountIds.${bad}`, 'is not an account of a state body');
    await replaceReviewers(trx, id, ids);
    await auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.reviewers_set', {
      after: { accountIds: ids },
    });
  });
  return reviewersView(deps.db, id);
}

/** Replaces the criteria. @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED; CONFLICT once reviewed */
export async function putCriteria(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  criteria: CriterionInput[],
) {
  await deps.db.transaction().execute(async (trx) => {
    await editableProgramme(trx, ctx.actor, id);
    if ((await reviewCount(trx, id)) > 0) {
      throw new AppError('CONFLICT', 'The criteria are fixed once an application has been reviewed.');
    }
    const known = new Set((await criteriaOf(trx, id)).map((c) => c.id));
    const bad = criteria.findIndex((c) => c.id && !known.has(c.id));
    if (bad >= 0) throw invalidField(`body.criteria.${bad}.id`, 'is not a criterion of this programme');
    const rows = criteria.map((c) => ({
      id: c.id,
      label: JSON.stringify(storedText(c.label)),
      weight: c.weight,
      max_score: c.maxScore,
    }));
    await replaceCriteria(trx, id, rows);
    await auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.criteria_set', {
      after: { criteria },
    });
  });
  return criteriaView(deps.db, id);
}

/**
 * Writes the caller's review of an application (one per reviewer; changed until the decision) and
 * refreshes the application's score. The first review moves a submitted application under review.
 * @throws AppError NOT_FOUND; FORBIDDEN (not a reviewer); CONFLICT (decided, or no criteria); VALIDATION_FAILED
 */
export async function writeReview(
  deps: AppDeps,
  ctx: RequestContext,
  applicationId: string,
  input: ReviewInput,
) {
  const { actor } = ctx;
  await deps.db.transaction().execute(async (trx) => {
    const app = await lockApplication(trx, applicationId);
    const programme = app && (await findProgramme(trx, app.programme_id));
    if (!app || !programme || app.status === 'draft') throw notFound('The application');
    const reviewer = await isReviewer(trx, actor, programme.id);
    if (!canReview(actor, reviewer) || actor.kind !== 'account') {
      if (canEditProgramme(actor, programme))
        throw new AppError('FORBIDDEN', 'Only its reviewers review an application.');
      throw notFound('The application');
    }
    if (!REVIEWABLE.has(app.status))
      throw new AppError('CONFLICT', 'The application has been decided or withdrawn.');
    const criteria = await criteriaOf(trx, programme.id);
    if (!criteria.length) throw new AppError('CONFLICT', 'The programme has no review criteria yet.');
    const problems = scoreProblems(criteria, input.scores);
    if (problems.length)
      throw new AppError('VALIDATION_FAILED', 'Some scores are not valid.', { errors: problems });
    const score = reviewScore(criteria, input.scores);
    const row = { application_id: app.id, reviewer_id: actor.accountId, comment: input.comment ?? '', score };
    await upsertReview(trx, row, input.scores);
    await refreshScore(trx, app.id);
    if (app.status === 'submitted') await setApplicationStatus(trx, app.id, 'under_review');
    await auditProgrammes(trx, ctx, { type: 'application', id: app.id }, 'application.reviewed', {
      after: { score, scores: input.scores, status: 'under_review' },
    });
  });
  return applicationReviews(deps, actor, applicationId);
}

/** Moves the programme's submitted applications under review. @throws AppError NOT_FOUND; FORBIDDEN */
export async function startReview(deps: AppDeps, ctx: RequestContext, id: string) {
  return deps.db.transaction().execute(async (trx) => {
    await editableProgramme(trx, ctx.actor, id);
    const moved = await submittedUnderReview(trx, id);
    await auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.review_started', {
      after: { applications: moved },
    });
    return { moved: moved.length };
  });
}
