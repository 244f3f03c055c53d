import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { DEFAULT_ATTENDANCE_SHARE } from './attendance.rules.ts';
import type { AttendanceRow, AttendanceStatus } from './attendance.table.ts';

// Attendance per day and the programme's follow-up settings: the only place that queries them.

/** The programme's accepted applications (id, person), oldest first. */
export async function acceptedApplications(db: Kysely<Database>, programmeId: string) {
  return db
    .selectFrom('applications')
    .select(['id', 'person_id', 'programme_id', 'status'])
    .where('programme_id', '=', programmeId)
    .where('status', '=', 'accepted')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Records (or changes) one day's status of several applications. */
export async function recordDay(
  db: Kysely<Database>,
  day: string,
  entries: readonly { applicationId: string; status: AttendanceStatus }[],
  recordedBy: string | null,
): Promise<void> {
  if (!entries.length) return;
  await db
    .insertInto('programme_attendance')
    .values(
      entries.map((e) => ({
        application_id: e.applicationId,
        day,
        status: e.status,
        recorded_by: recordedBy,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['application_id', 'day']).doUpdateSet((eb) => ({
        status: eb.ref('excluded.status'),
        recorded_by: eb.ref('excluded.recorded_by'),
        recorded_at: new Date(),
      })),
    )
    .execute();
}

/** The recorded days of these applications. */
export async function attendanceOf(
  db: Kysely<Database>,
  applicationIds: readonly string[],
): Promise<AttendanceRow[]> {
  if (!applicationIds.length) return [];
  return db
    .selectFrom('programme_attendance')
    .selectAll()
    .where('application_id', 'in', applicationIds)
    .orderBy('day')
    .execute();
}

/** The programme's follow-up settings (defaults when none are stored). */
export async function followupOf(db: Kysely<Database>, programmeId: string) {
  const row = await db
    .selectFrom('programme_followups')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  return (
    row ?? {
      programme_id: programmeId,
      attendance_share: DEFAULT_ATTENDANCE_SHARE,
      feedback_opened_at: null,
      signatory_name: null,
      signatory_position: null,
    }
  );
}

/** Stores the programme's follow-up settings (those given), creating the row when needed. */
export async function saveFollowup(
  db: Kysely<Database>,
  programmeId: string,
  set: {
    attendance_share?: number;
    feedback_opened_at?: Date;
    signatory_name?: string | null;
    signatory_position?: string | null;
  },
): Promise<void> {
  await db
    .insertInto('programme_followups')
    .values({ programme_id: programmeId, ...set })
    .onConflict((oc) => oc.column('programme_id').doUpdateSet(set))
    .execute();
}
