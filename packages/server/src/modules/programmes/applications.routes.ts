import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf, PageQuerySchema } from '../../lib/schemas.ts';
import {
  ApplicationCreateSchema,
  ApplicationQuerySchema,
  ApplicationSchema,
  ApplicationUpdateSchema,
} from './applications.schema.ts';
import { apply, changeApplication, submitApplication, withdrawApplication } from './applications.service.ts';
import { myApplications, programmeApplications, showApplication } from './applications.views.ts';

const tags = ['programmes'];
const signedIn = { config: { access: 'signed-in' as const } };
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;

/** Applications to programmes (docs/api/programmes.md, section Applications). */
export async function applicationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/programmes/:id/applications',
    {
      ...signedIn,
      schema: {
        tags,
        params: IdParamsSchema,
        body: ApplicationCreateSchema,
        response: { 201: ApplicationSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await apply(deps, contextOf(request), request.params.id, request.body)),
  );

  api.get(
    '/api/programmes/:id/applications',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: ApplicationQuerySchema,
        response: { 200: listOf(ApplicationSchema) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return programmeApplications(deps, request.actor, request.params.id, filter, { limit, offset });
    },
  );

  api.get(
    '/api/me/applications',
    {
      ...signedIn,
      schema: { tags, querystring: PageQuerySchema, response: { 200: listOf(ApplicationSchema) } },
    },
    async (request) => myApplications(deps, request.actor, request.query),
  );

  api.get(
    '/api/applications/:id',
    { ...signedIn, schema: { tags, params: IdParamsSchema, response: { 200: ApplicationSchema } } },
    async (request) => showApplication(deps, request.actor, request.params.id),
  );

  api.patch(
    '/api/applications/:id',
    {
      ...signedIn,
      schema: {
        tags,
        params: IdParamsSchema,
        body: ApplicationUpdateSchema,
        response: { 200: ApplicationSchema },
      },
    },
    async (request) => changeApplication(deps, contextOf(request), request.params.id, request.body.answers),
  );

  for (const [action, run] of [
    ['submit', submitApplication],
    ['withdraw', withdrawApplication],
  ] as const) {
    api.post(
      `/api/applications/:id/${action}`,
      { ...signedIn, schema: { tags, params: IdParamsSchema, response: { 200: ApplicationSchema } } },
      async (request) => run(deps, contextOf(request), request.params.id),
    );
  }
}
