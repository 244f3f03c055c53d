import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { invalidField } from '../registry/registry.references.ts';
import { type AnswerInput, checkAnswers, missingAnswers } from './applications.answers.ts';
import { applicationOfPerson } from './applications.repository.ts';
import { ownPersonOf } from './applications.views.ts';
import { acceptedApplications, followupOf, saveFollowup } from './attendance.repository.ts';
import { attendedApplications } from './attendance.service.ts';
import { checkQuestions, questionRows } from './calls.service.ts';
import { sendFeedbackMails } from './feedback.mail.ts';
import {
  feedbackQuestionsOf,
  insertResponse,
  replaceFeedbackQuestions,
  responseOf,
  responsesOf,
} from './feedback.repository.ts';
import { auditProgrammes, editableProgramme, readableProgramme } from './programmes.access.ts';
import { canAnswerFeedback, canEditProgramme } from './programmes.policy.ts';
import { presentQuestion } from './programmes.presenter.ts';
import type { QuestionInput } from './programmes.schema.ts';
import type { CallQuestion, Programme } from './programmes.table.ts';

// The feedback survey after a programme (ADR 0023): a form built like the call's (same kinds, same
// checks), opened by the organisers once the programme has ended; participants — accepted
// applicants who attended — answer once; a list of non-respondents and a reminder to them only.

/** The programme's participants: accepted applications that attended. */
export async function participantsOf(db: Kysely<Database>, programme: Programme) {
  const accepted = await acceptedApplications(db, programme.id);
  const attended = await attendedApplications(
    db,
    programme,
    accepted.map((a) => a.id),
  );
  return accepted.filter((a) => attended.has(a.id));
}

/** The survey as the API shows it: its state, its questions, and the caller's own response. */
async function surveyView(db: Kysely<Database>, programme: Programme, own: { id: string } | undefined) {
  const [followup, questions, mine] = await Promise.all([
    followupOf(db, programme.id),
    feedbackQuestionsOf(db, programme.id),
    own ? responseOf(db, own.id) : undefined,
  ]);
  return {
    status: followup.feedback_opened_at ? ('open' as const) : ('draft' as const),
    openedAt: followup.feedback_opened_at?.toISOString() ?? null,
    questions: questions.map((q) => presentQuestion(q as CallQuestion)),
    myResponse: mine ? { submittedAt: mine.submitted_at.toISOString(), answers: mine.answers } : null,
  };
}

/**
 * The survey: to the organisers, and to a participant (with their own response).
 * @throws AppError NOT_FOUND for anyone else
 */
export async function showSurvey(deps: AppDeps, actor: Actor, id: string) {
  const programme = await readableProgramme(deps.db, actor, id);
  if (canEditProgramme(actor, programme)) return surveyView(deps.db, programme, undefined);
  const own = await ownParticipation(deps.db, actor, programme);
  return surveyView(deps.db, programme, own);
}

async function ownParticipation(db: Kysely<Database>, actor: Actor, programme: Programme) {
  const person = await ownPersonOf(db, actor);
  const app = person ? await applicationOfPerson(db, programme.id, person) : undefined;
  if (!app || !canAnswerFeedback(person, app)) throw notFound('The survey');
  if (!(await participantsOf(db, programme)).some((p) => p.id === app.id)) throw notFound('The survey');
  return app;
}

/**
 * Sets the survey's questions. @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED; CONFLICT
 *   once someone has answered
 */
export async function defineSurvey(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  questions: QuestionInput[],
) {
  await deps.db.transaction().execute(async (trx) => {
    await editableProgramme(trx, ctx.actor, id);
    const current = await feedbackQuestionsOf(trx, id);
    checkQuestions(questions, current);
    questions.forEach((q, i) => {
      if (q.kind === 'file') throw invalidField(`body.questions.${i}.kind`, 'a survey asks for no files');
    });
    if ((await responsesOf(trx, id)).length) {
      throw new AppError('CONFLICT', 'The survey cannot change once someone has answered it.');
    }
    await replaceFeedbackQuestions(trx, id, questionRows(id, questions));
    await auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.feedback_set', {
      before: current.map((q) => presentQuestion(q as CallQuestion)),
      after: questions,
    });
  });
  return showSurvey(deps, ctx.actor, id);
}

/**
 * Opens the survey after the programme and asks every participant for feedback by mail.
 * @throws AppError NOT_FOUND; FORBIDDEN; CONFLICT (already open, no questions, not yet ended)
 */
export async function openSurvey(deps: AppDeps, ctx: RequestContext, id: string, now = new Date()) {
  await deps.db.transaction().execute(async (trx) => {
    const programme = await editableProgramme(trx, ctx.actor, id);
    if ((await followupOf(trx, id)).feedback_opened_at)
      throw new AppError('CONFLICT', 'The survey is already open.');
    if (!(await feedbackQuestionsOf(trx, id)).length)
      throw new AppError('CONFLICT', 'The survey has no questions.');
    if (!programme.end_date || programme.end_date >= now.toISOString().slice(0, 10)) {
      throw new AppError('CONFLICT', 'The survey opens after the programme has ended.');
    }
    await saveFollowup(trx, id, { feedback_opened_at: now });
    const sent = await sendFeedbackMails(
      trx,
      deps.config.publicUrl,
      programme,
      await participantsOf(trx, programme),
      'feedbackRequest',
    );
    await auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.feedback_opened', {
      after: { mails: sent },
    });
  });
  return showSurvey(deps, ctx.actor, id);
}

/**
 * A participant's answers, once. @throws AppError NOT_FOUND (not a participant); CONFLICT (not
 *   open); VALIDATION_FAILED (answers); ALREADY_EXISTS (answered before)
 */
export async function answerSurvey(deps: AppDeps, ctx: RequestContext, id: string, answers: AnswerInput[]) {
  await deps.db.transaction().execute(async (trx) => {
    const programme = await readableProgramme(trx, ctx.actor, id);
    const app = await ownParticipation(trx, ctx.actor, programme);
    if (!(await followupOf(trx, id)).feedback_opened_at)
      throw new AppError('CONFLICT', 'The survey is not open.');
    const questions = (await feedbackQuestionsOf(trx, id)) as CallQuestion[];
    await checkAnswers(trx, ctx.actor, questions, answers);
    const missing = missingAnswers(questions, new Map(answers.map((a) => [a.questionId, a.value])));
    if (missing.length)
      throw new AppError('VALIDATION_FAILED', 'Some required answers are missing.', { errors: missing });
    const row = await insertResponse(trx, {
      application_id: app.id,
      programme_id: id,
      answers: JSON.stringify(answers),
    });
    if (!row) throw new AppError('ALREADY_EXISTS', 'The survey was already answered.');
    await auditProgrammes(trx, ctx, { type: 'application', id: app.id }, 'feedback.answered', {
      after: { questions: answers.map((a) => a.questionId) },
    });
  });
  return showSurvey(deps, ctx.actor, id);
}
