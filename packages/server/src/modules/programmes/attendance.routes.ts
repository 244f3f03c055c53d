import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema } from '../../lib/schemas.ts';
import {
  AttendanceDaySchema,
  AttendanceRuleSchema,
  AttendanceSheetSchema,
  ParticipantAttendanceSchema,
} from './attendance.schema.ts';
import {
  applicationAttendance,
  programmeAttendance,
  recordAttendance,
  setAttendanceRule,
} from './attendance.service.ts';

const tags = ['programmes'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;
const sheet = { 200: AttendanceSheetSchema };

/** Attendance per day (docs/api/programmes.md, section Attendance). */
export async function attendanceRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/programmes/:id/attendance',
    { config: { access: editors }, schema: { tags, params: IdParamsSchema, response: sheet } },
    async (request) => programmeAttendance(deps, request.actor, request.params.id),
  );

  api.put(
    '/api/programmes/:id/attendance',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: AttendanceDaySchema, response: sheet },
    },
    async (request) => recordAttendance(deps, contextOf(request), request.params.id, request.body),
  );

  api.put(
    '/api/programmes/:id/attendance/rule',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: AttendanceRuleSchema, response: sheet },
    },
    async (request) =>
      setAttendanceRule(deps, contextOf(request), request.params.id, request.body.requiredShare),
  );

  api.get(
    '/api/applications/:id/attendance',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: IdParamsSchema, response: { 200: ParticipantAttendanceSchema } },
    },
    async (request) => applicationAttendance(deps, request.actor, request.params.id),
  );
}
