import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { groupBy } from '../../lib/group-by.ts';
import { primaryOf } from '../registry/people.presenter.ts';
import { namesOfPeople } from '../registry/people.repository.ts';
import { attendanceOf, followupOf } from './attendance.repository.ts';
import { programmeDays, summariseAttendance } from './attendance.rules.ts';
import type { AttendanceStatus } from './attendance.table.ts';
import type { ApplicationStatus, Programme } from './programmes.table.ts';

// The attendance sheet as the API shows it (docs/api/programmes.md, Attendance).

/** The people's primary names, by person id. */
export async function participantNames(db: Kysely<Database>, personIds: readonly string[]) {
  const names = groupBy(await namesOfPeople(db, [...new Set(personIds)]), (n) => n.person_id);
  return new Map([...names].map(([id, list]) => [id, primaryOf(list)]));
}

/**
 * The sheet of these applications: the programme's days (none while its dates are open), the
 * required share, and per application its days, counts and whether it attended.
 */
export async function attendanceSheet(
  db: Kysely<Database>,
  programme: Programme,
  apps: readonly { id: string; person_id: string; status: ApplicationStatus }[],
) {
  const days =
    programme.start_date && programme.end_date ? programmeDays(programme.start_date, programme.end_date) : [];
  const [followup, rows, names] = await Promise.all([
    followupOf(db, programme.id),
    attendanceOf(
      db,
      apps.map((a) => a.id),
    ),
    participantNames(
      db,
      apps.map((a) => a.person_id),
    ),
  ]);
  const byApp = groupBy(rows, (r) => r.application_id);
  const requiredShare = followup.attendance_share;
  const items = apps.map((a) => {
    const recorded = new Map<string, AttendanceStatus>((byApp.get(a.id) ?? []).map((r) => [r.day, r.status]));
    return {
      application: {
        id: a.id,
        status: a.status,
        person: { id: a.person_id, name: names.get(a.person_id) ?? '' },
      },
      ...summariseAttendance(days, recorded, requiredShare),
    };
  });
  return { days, requiredShare, items };
}
