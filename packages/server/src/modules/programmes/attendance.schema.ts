import { z } from 'zod';
import { APPLICATION_STATUSES } from './programmes.table.ts';
import { ATTENDANCE_STATUSES } from './attendance.table.ts';

// Requests and responses of attendance (docs/api/programmes.md, section Attendance).

const Ids = z.array(z.uuid()).max(1000);
const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const AttendanceDaySchema = z.strictObject({
  date: DateSchema,
  present: Ids,
  absent: Ids.optional(),
  excused: Ids.optional(),
});
export const AttendanceRuleSchema = z.strictObject({ requiredShare: z.number().int().min(1).max(100) });

const SummarySchema = z.object({
  application: z.object({
    id: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    person: z.object({ id: z.string(), name: z.string() }),
  }),
  days: z.array(z.object({ date: z.string(), status: z.enum(ATTENDANCE_STATUSES).nullable() })),
  present: z.number().int(),
  absent: z.number().int(),
  excused: z.number().int(),
  presentShare: z.number(),
  attended: z.boolean(),
});

export const AttendanceSheetSchema = z.object({
  days: z.array(z.string()),
  requiredShare: z.number().int(),
  items: z.array(SummarySchema),
});

export const ParticipantAttendanceSchema = SummarySchema.extend({ requiredShare: z.number().int() });
