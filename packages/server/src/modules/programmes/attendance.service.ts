import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, type FieldError, forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { invalidField } from '../registry/registry.references.ts';
import { acceptedApplications, followupOf, recordDay, saveFollowup } from './attendance.repository.ts';
import { programmeDays } from './attendance.rules.ts';
import type { AttendanceStatus } from './attendance.table.ts';
import { attendanceSheet } from './attendance.views.ts';
import { findApplication } from './applications.repository.ts';
import { ownPersonOf } from './applications.views.ts';
import { auditProgrammes, editableProgramme, readableProgramme } from './programmes.access.ts';
import { canEditProgramme, canReadApplication } from './programmes.policy.ts';
import type { Programme } from './programmes.table.ts';

// Attendance per day of a programme's accepted applications, recorded by its organisers (ADR 0023).

/** One day's attendance as the request gives it. */
export interface AttendanceDayInput {
  date: string;
  present: string[];
  absent?: string[] | undefined;
  excused?: string[] | undefined;
}

/** The programme's days. @throws AppError CONFLICT when its dates are not fixed yet */
export function daysOf(programme: Programme): string[] {
  if (!programme.start_date || !programme.end_date) {
    throw new AppError('CONFLICT', 'The programme has no fixed start and end dates yet.');
  }
  return programmeDays(programme.start_date, programme.end_date);
}

function entriesOf(input: AttendanceDayInput, accepted: ReadonlySet<string>) {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const entries: { applicationId: string; status: AttendanceStatus }[] = [];
  for (const status of ['present', 'absent', 'excused'] as const) {
    for (const [i, applicationId] of (input[status] ?? []).entries()) {
      const path = `body.${status}.${i}`;
      if (seen.has(applicationId)) errors.push({ path, message: 'is listed twice' });
      else if (!accepted.has(applicationId))
        errors.push({ path, message: 'is not an accepted application of this programme' });
      else entries.push({ applicationId, status });
      seen.add(applicationId);
    }
  }
  if (errors.length)
    throw new AppError('VALIDATION_FAILED', 'Some applications cannot be recorded.', { errors });
  return entries;
}

/**
 * Records one day's attendance (present, absent, excused) and answers the programme's sheet.
 * @throws AppError NOT_FOUND; FORBIDDEN; CONFLICT (no dates); VALIDATION_FAILED (a date outside the
 *   programme, an application not accepted in it, one listed twice)
 */
export async function recordAttendance(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: AttendanceDayInput,
) {
  await deps.db.transaction().execute(async (trx) => {
    const programme = await editableProgramme(trx, ctx.actor, id);
    if (!daysOf(programme).includes(input.date)) {
      throw invalidField(
        'body.date',
        `is not a day of the programme (${programme.start_date} to ${programme.end_date})`,
      );
    }
    const accepted = new Set((await acceptedApplications(trx, id)).map((a) => a.id));
    const entries = entriesOf(input, accepted);
    await recordDay(trx, input.date, entries, ctx.actor.kind === 'account' ? ctx.actor.accountId : null);
    await auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.attendance_recorded', {
      after: { date: input.date, entries },
    });
  });
  return programmeAttendance(deps, ctx.actor, id);
}

/** Sets the share of days that counts as attended. @throws AppError NOT_FOUND; FORBIDDEN; CONFLICT */
export async function setAttendanceRule(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  requiredShare: number,
) {
  await deps.db.transaction().execute(async (trx) => {
    await editableProgramme(trx, ctx.actor, id);
    const before = (await followupOf(trx, id)).attendance_share;
    await saveFollowup(trx, id, { attendance_share: requiredShare });
    await auditProgrammes(trx, ctx, { type: 'programme', id }, 'programme.attendance_rule', {
      before: { requiredShare: before },
      after: { requiredShare },
    });
  });
  return programmeAttendance(deps, ctx.actor, id);
}

/** The programme's attendance sheet (its editors). @throws AppError NOT_FOUND; FORBIDDEN; CONFLICT */
export async function programmeAttendance(deps: AppDeps, actor: Actor, id: string) {
  const programme = await readableProgramme(deps.db, actor, id);
  if (!canEditProgramme(actor, programme)) throw forbidden('Only the organisers see the attendance.');
  return attendanceSheet(deps.db, programme, await acceptedApplications(deps.db, id));
}

/**
 * One participant's attendance summary: the applicant side and the organisers.
 * @throws AppError NOT_FOUND (also when the caller may not read the application); CONFLICT
 */
export async function applicationAttendance(deps: AppDeps, actor: Actor, applicationId: string) {
  const app = await findApplication(deps.db, applicationId);
  const programme = app
    ? await readableProgramme(deps.db, actor, app.programme_id).catch(() => undefined)
    : undefined;
  if (!app || !programme || !canReadApplication(actor, await ownPersonOf(deps.db, actor), app, programme)) {
    throw notFound('The application');
  }
  const sheet = await attendanceSheet(deps.db, programme, [app]);
  return { requiredShare: sheet.requiredShare, ...(sheet.items[0] as (typeof sheet.items)[0]) };
}

/** Which of these applications attended the programme (for certificates and the survey). */
export async function attendedApplications(
  db: Kysely<Database>,
  programme: Programme,
  ids: readonly string[],
) {
  const accepted = (await acceptedApplications(db, programme.id)).filter((a) => ids.includes(a.id));
  const sheet = await attendanceSheet(db, programme, accepted);
  return new Set(sheet.items.filter((i) => i.attended).map((i) => i.application.id));
}
