import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf } from '../../lib/schemas.ts';
import { applicationRoutes } from './applications.routes.ts';
import { decisionRoutes } from './decisions.routes.ts';
import { attendanceRoutes } from './attendance.routes.ts';
import { certificateRoutes } from './certificates.routes.ts';
import { feedbackRoutes } from './feedback.routes.ts';
import { putCall } from './calls.service.ts';
import {
  CallInputSchema,
  ProgrammeCreateSchema,
  ProgrammeDetailSchema,
  ProgrammeQuerySchema,
  ProgrammeSummarySchema,
  ProgrammeUpdateSchema,
  QuotasInputSchema,
} from './programmes.schema.ts';
import {
  addProgramme,
  browseProgrammes,
  changeProgramme,
  setQuotas,
  showProgramme,
} from './programmes.service.ts';
import { reviewRoutes } from './reviews.routes.ts';

const tags = ['programmes'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;
const QuotasSchema = z.object({
  quotas: z.array(
    z.object({
      id: z.string(),
      countryCode: z.string().nullable(),
      community: z.string().nullable(),
      seats: z.number(),
    }),
  ),
});

/** The programmes API: programmes, their calls and quotas, and applications (docs/api/programmes.md). */
export async function programmesRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/programmes',
    {
      config: { access: 'public' },
      schema: { tags, querystring: ProgrammeQuerySchema, response: { 200: listOf(ProgrammeSummarySchema) } },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return browseProgrammes(deps, request.actor, filter, { limit, offset });
    },
  );

  api.get(
    '/api/programmes/:id',
    {
      config: { access: 'public' },
      schema: { tags, params: IdParamsSchema, response: { 200: ProgrammeDetailSchema } },
    },
    async (request) => showProgramme(deps, request.actor, request.params.id),
  );

  api.post(
    '/api/programmes',
    {
      config: { access: editors },
      schema: { tags, body: ProgrammeCreateSchema, response: { 201: ProgrammeDetailSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await addProgramme(deps, contextOf(request), request.body)),
  );

  api.patch(
    '/api/programmes/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        body: ProgrammeUpdateSchema,
        response: { 200: ProgrammeDetailSchema },
      },
    },
    async (request) => changeProgramme(deps, contextOf(request), request.params.id, request.body),
  );

  api.put(
    '/api/programmes/:id/call',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        body: CallInputSchema,
        response: { 200: ProgrammeDetailSchema },
      },
    },
    async (request) => putCall(deps, contextOf(request), request.params.id, request.body),
  );

  api.put(
    '/api/programmes/:id/quotas',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: QuotasInputSchema, response: { 200: QuotasSchema } },
    },
    async (request) => setQuotas(deps, contextOf(request), request.params.id, request.body.quotas),
  );

  await applicationRoutes(app, deps);
  await reviewRoutes(app, deps);
  await decisionRoutes(app, deps);
  await attendanceRoutes(app, deps);
  await certificateRoutes(app, deps);
  await feedbackRoutes(app, deps);
}
