import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { sendFileContent } from '../files/files.reply.ts';
import { FileSchema } from '../files/files.schema.ts';
import { applicationDocumentContent, showApplicationDocument } from './applications.documents.ts';
import {
  ApplicationCreateSchema,
  ApplicationDocumentParamsSchema,
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

  // Public routes: whoever may not read the application (anonymous included) gets 404, as for files.
  const documents = { config: { access: 'public' as const } };
  api.get(
    '/api/applications/:id/documents/:fileId',
    {
      ...documents,
      schema: { tags, params: ApplicationDocumentParamsSchema, response: { 200: FileSchema } },
    },
    async (request) => showApplicationDocument(deps, request.actor, request.params.id, request.params.fileId),
  );

  api.get(
    '/api/applications/:id/documents/:fileId/content',
    {
      ...documents,
      schema: {
        tags,
        description:
          'The bytes, as `GET /api/files/:id/content` sends them, to whoever reads the application.',
        params: ApplicationDocumentParamsSchema,
      },
    },
    async (request, reply) => {
      const { id, fileId } = request.params;
      return sendFileContent(
        request,
        reply,
        await applicationDocumentContent(deps, request.actor, id, fileId),
      );
    },
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
