import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema } from '../../lib/schemas.ts';
import { LangSchema } from '../registry/registry.schema.ts';
import { exportApplications } from './applications.export.ts';
import { ApplicationQuerySchema } from './applications.schema.ts';
import { DecisionInputSchema, DecisionResultSchema } from './decisions.schema.ts';
import { decide } from './decisions.service.ts';

const tags = ['programmes'];
const editors = { config: { access: { roles: ['secretariat', 'agency_admin', 'agency_editor'] } } } as const;

const ExportQuerySchema = ApplicationQuerySchema.omit({ limit: true, offset: true, sort: true })
  .extend({ format: z.enum(['csv', 'xlsx']).default('csv'), lang: LangSchema.default('en') })
  .strict();

/** Decisions and the applicant and participant lists' exports (docs/api/programmes.md). */
export async function decisionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/programmes/:id/decisions',
    {
      ...editors,
      schema: {
        tags,
        params: IdParamsSchema,
        body: DecisionInputSchema,
        response: { 200: DecisionResultSchema },
      },
    },
    async (request) => decide(deps, contextOf(request), request.params.id, request.body),
  );

  for (const list of ['applications', 'participants'] as const) {
    api.get(
      `/api/programmes/:id/${list}/export`,
      { ...editors, schema: { tags, params: IdParamsSchema, querystring: ExportQuerySchema } },
      async (request, reply) => {
        const { format, lang, ...filter } = request.query;
        const file = await exportApplications(deps, contextOf(request), request.params.id, {
          list,
          format,
          lang,
          filter,
        });
        return reply.type(file.contentType).header('content-disposition', file.disposition).send(file.body);
      },
    );
  }
}
