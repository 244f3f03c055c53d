import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { alignFiles } from '../files/files.service.ts';
import { invalidField } from '../registry/registry.references.ts';
import { type AnswerInput, checkAnswers, missingAnswers } from './applications.answers.ts';
import { eligibilityProblems } from './applications.eligibility.ts';
import { sendApplicationReceipt } from './applications.mail.ts';
import {
  answersOf,
  applicantProfile,
  findApplication,
  holdsPositionIn,
  insertApplication,
  lockApplication,
  setApplicationStatus,
  upsertAnswers,
} from './applications.repository.ts';
import { applicationViews, ownPersonOf, showApplication } from './applications.views.ts';
import { callsOf, questionsOf } from './calls.repository.ts';
import { auditProgrammes, readableProgramme } from './programmes.access.ts';
import { canActOnApplication, canNominateFor } from './programmes.policy.ts';
import { callStatus } from './programmes.presenter.ts';
import { findProgramme, lockProgramme } from './programmes.repository.ts';
import type { Application, Programme } from './programmes.table.ts';
import { afterWithdrawal } from './waitlist.ts';

// Applying to a programme (ADR 0023): a draft, answers, submission with its checks, withdrawal.
// Deadlines compare instants (the call's UTC opening and closing with the server's clock); the
// caller's zone plays no part. One application per person and programme is the database's rule.

const WITHDRAWABLE = new Set(['draft', 'submitted', 'under_review', 'accepted', 'waitlisted']);

/** The programme's call, when the programme is published and the call open at this instant. */
async function openCall(db: Kysely<Database>, programme: Programme) {
  const call = (await callsOf(db, [programme.id])).get(programme.id);
  if (!call || programme.status !== 'published' || callStatus(call, new Date()) !== 'open') {
    throw new AppError('CALL_NOT_OPEN', 'The call for applications is not open.');
  }
  return call;
}

async function applicantOf(
  db: Kysely<Database>,
  actor: Actor,
  input: { personId?: string | undefined; nominatedByOrgId?: string | undefined },
) {
  const own = await ownPersonOf(db, actor);
  const personId = input.personId ?? own;
  if (!personId) throw invalidField('body.personId', 'is needed: your account is linked to no person');
  const org = input.nominatedByOrgId;
  if (org && !canNominateFor(actor, org)) throw forbidden('You may not nominate for this organisation.');
  if (personId !== own) {
    if (!org) throw forbidden('You may apply only for yourself, or nominate for your organisation.');
    if (!(await holdsPositionIn(db, personId, org))) {
      throw invalidField('body.personId', 'holds no position in the nominating organisation');
    }
  }
  return personId;
}

/** An application the caller may act on as applicant, locked, with its programme. */
async function ownApplication(trx: Kysely<Database>, actor: Actor, id: string) {
  const app = await lockApplication(trx, id);
  const programme = app ? await findProgramme(trx, app.programme_id) : undefined;
  if (!app || !programme || !canActOnApplication(actor, await ownPersonOf(trx, actor), app)) {
    throw notFound('The application');
  }
  return { app, programme };
}

const wrongState = (status: string) =>
  new AppError('CONFLICT', `The application is ${status.replace('_', ' ')}; this is not possible now.`);

async function writeAnswers(
  trx: Kysely<Database>,
  ctx: RequestContext,
  programme: Programme,
  app: Application,
  answers: readonly AnswerInput[],
) {
  const files = await checkAnswers(trx, ctx.actor, await questionsOf(trx, programme.id), answers);
  await upsertAnswers(trx, app.id, answers);
  // Uploaded documents are the applicant's personal data: owner-only from now on (ADR 0023).
  await alignFiles(trx, ctx, files, { ownerOrgId: null, visibility: 'owner' });
}

async function submitIn(
  deps: AppDeps,
  trx: Kysely<Database>,
  ctx: RequestContext,
  app: Application,
  programme: Programme,
) {
  const call = await openCall(trx, programme);
  const given = new Map((await answersOf(trx, app.id)).map((a) => [a.question_id, a.value]));
  const missing = missingAnswers(await questionsOf(trx, programme.id), given);
  if (missing.length)
    throw new AppError('VALIDATION_FAILED', 'Some required answers are missing.', { errors: missing });
  const problems = eligibilityProblems(programme, await applicantProfile(trx, app.id));
  if (problems.length)
    throw new AppError('NOT_ELIGIBLE', 'The applicant does not meet the conditions.', { errors: problems });
  const submitted = await setApplicationStatus(trx, app.id, 'submitted', new Date());
  const [view] = await applicationViews(trx, ctx.actor, [submitted], false);
  await sendApplicationReceipt(trx, deps.config.publicUrl, ctx.actor, {
    application: submitted,
    programme,
    call,
    personName: view?.person.name ?? '',
  });
  await auditProgrammes(trx, ctx, { type: 'application', id: app.id }, 'application.submitted', {
    before: { status: app.status },
    after: { status: 'submitted' },
  });
}

/** Input of a new application. */
export interface ApplicationCreate {
  personId?: string | undefined;
  nominatedByOrgId?: string | undefined;
  answers?: AnswerInput[] | undefined;
  submit?: boolean | undefined;
}

/**
 * Creates an application (a draft, or submitted at once).
 * @throws AppError NOT_FOUND; FORBIDDEN; CALL_NOT_OPEN; VALIDATION_FAILED; NOT_ELIGIBLE; APPLICATION_EXISTS
 */
export async function apply(
  deps: AppDeps,
  ctx: RequestContext,
  programmeId: string,
  input: ApplicationCreate,
) {
  const id = await deps.db.transaction().execute(async (trx) => {
    const programme = await readableProgramme(trx, ctx.actor, programmeId);
    await openCall(trx, programme);
    const personId = await applicantOf(trx, ctx.actor, input);
    const app = await insertApplication(trx, {
      programme_id: programmeId,
      person_id: personId,
      submitted_by: ctx.actor.kind === 'account' ? ctx.actor.accountId : null,
      nominated_by_org_id: input.nominatedByOrgId ?? null,
    });
    await writeAnswers(trx, ctx, programme, app, input.answers ?? []);
    await auditProgrammes(trx, ctx, { type: 'application', id: app.id }, 'application.created', {
      after: { programmeId, personId, nominatedByOrgId: app.nominated_by_org_id },
    });
    if (input.submit) await submitIn(deps, trx, ctx, app, programme);
    return app.id;
  });
  return showApplication(deps, ctx.actor, id);
}

/** Changes a draft's answers. @throws AppError NOT_FOUND; CONFLICT; CALL_NOT_OPEN; VALIDATION_FAILED */
export async function changeApplication(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  answers: AnswerInput[],
) {
  await deps.db.transaction().execute(async (trx) => {
    const { app, programme } = await ownApplication(trx, ctx.actor, id);
    if (app.status !== 'draft') throw wrongState(app.status);
    await openCall(trx, programme);
    await writeAnswers(trx, ctx, programme, app, answers);
    await auditProgrammes(trx, ctx, { type: 'application', id }, 'application.updated', {
      after: { questions: answers.map((a) => a.questionId) },
    });
  });
  return showApplication(deps, ctx.actor, id);
}

/** Submits a draft. @throws AppError NOT_FOUND; CONFLICT; CALL_NOT_OPEN; VALIDATION_FAILED; NOT_ELIGIBLE */
export async function submitApplication(deps: AppDeps, ctx: RequestContext, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    const { app, programme } = await ownApplication(trx, ctx.actor, id);
    if (app.status !== 'draft') throw wrongState(app.status);
    await submitIn(deps, trx, ctx, app, programme);
  });
  return showApplication(deps, ctx.actor, id);
}

/** Withdraws an application; a freed place moves the waitlist up (waitlist.ts). @throws AppError NOT_FOUND; CONFLICT */
export async function withdrawApplication(deps: AppDeps, ctx: RequestContext, id: string) {
  await deps.db.transaction().execute(async (trx) => {
    // The programme's row lock first (as decisions take it): the waitlist moves one at a time.
    const found = await findApplication(trx, id);
    if (found) await lockProgramme(trx, found.programme_id);
    const { app, programme } = await ownApplication(trx, ctx.actor, id);
    if (!WITHDRAWABLE.has(app.status)) throw wrongState(app.status);
    await setApplicationStatus(trx, id, 'withdrawn');
    await afterWithdrawal(deps, trx, ctx, programme, app);
    await auditProgrammes(trx, ctx, { type: 'application', id }, 'application.withdrawn', {
      before: { status: app.status },
      after: { status: 'withdrawn' },
    });
  });
  return showApplication(deps, ctx.actor, id);
}
