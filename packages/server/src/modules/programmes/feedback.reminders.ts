import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { followupOf } from './attendance.repository.ts';
import { participantNames } from './attendance.views.ts';
import { sendFeedbackMails } from './feedback.mail.ts';
import { responsesOf } from './feedback.repository.ts';
import { participantsOf } from './feedback.service.ts';
import { auditProgrammes, editableProgramme, readableProgramme } from './programmes.access.ts';
import { canEditProgramme } from './programmes.policy.ts';

// Who has not answered the feedback survey, and the reminder to them (only to them).

/** The participants who have not answered yet (organisers). @throws AppError NOT_FOUND; FORBIDDEN */
export async function nonRespondents(deps: Pick<AppDeps, 'db'>, actor: Actor, id: string) {
  const programme = await readableProgramme(deps.db, actor, id);
  if (!canEditProgramme(actor, programme))
    throw new AppError('FORBIDDEN', 'Only the organisers see this list.');
  const answered = new Set((await responsesOf(deps.db, id)).map((r) => r.application_id));
  const missing = (await participantsOf(deps.db, programme)).filter((p) => !answered.has(p.id));
  const names = await participantNames(
    deps.db,
    missing.map((p) => p.person_id),
  );
  const items = missing.map((p) => ({
    applicationId: p.id,
    person: { id: p.person_id, name: names.get(p.person_id) ?? '' },
  }));
  return { items, total: items.length };
}

/** Reminds the non-respondents (only them), once per request. @throws AppError NOT_FOUND; FORBIDDEN; CONFLICT */
export async function remindNonRespondents(deps: AppDeps, ctx: RequestContext, id: string) {
  return deps.db.transaction().execute(async (trx) => {
    const programme = await editableProgramme(trx, ctx.actor, id);
    if (!(await followupOf(trx, id)).feedback_opened_at)
      throw new AppError('CONFLICT', 'The survey is not open.');
    const answered = new Set((await responsesOf(trx, id)).map((r) => r.application_id));
    const missing = (await participantsOf(trx, programme)).filter((p) => !answered.has(p.id));
    const sent = await sendFeedbackMails(trx, deps.config.publicUrl, programme, missing, 'feedbackReminder');
    await auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.feedback_reminded', {
      after: { applications: missing.map((p) => p.id), mails: sent },
    });
    return { reminded: missing.length, sent };
  });
}
