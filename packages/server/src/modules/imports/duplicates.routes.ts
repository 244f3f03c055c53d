import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { OrganisationDetailSchema } from '../registry/organisations.schema.ts';
import { PersonDetailSchema } from '../registry/people.schema.ts';
import { listDuplicates, mergeDuplicates } from './duplicates.service.ts';
import { IMPORTERS } from './imports.routes.ts';

const tags = ['duplicates'];
const TypeSchema = z.enum(['person', 'organisation']);
const RecordRefSchema = z.object({ id: z.string(), label: z.string() });

const DuplicatePairSchema = z.object({
  a: RecordRefSchema,
  b: RecordRefSchema,
  score: z.number(),
  matched: z.tuple([z.string(), z.string()]),
});

const MergeSchema = z.strictObject({ type: TypeSchema, keepId: z.uuid(), mergeId: z.uuid() });

/** The duplicates view of editors (likely pairs across scripts) and the merge. */
export async function duplicateRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/duplicates',
    {
      config: { access: IMPORTERS },
      schema: {
        tags,
        querystring: PageQuerySchema.extend({ type: TypeSchema }),
        response: { 200: listOf(DuplicatePairSchema) },
      },
    },
    async (request) => {
      const { type, limit, offset } = request.query;
      return listDuplicates(deps, request.actor, type, { limit, offset });
    },
  );

  api.post(
    '/api/duplicates/merge',
    {
      config: { access: IMPORTERS },
      schema: {
        tags,
        body: MergeSchema,
        // The detail of the kept record, as GET /api/people/:id or /api/organisations/:id shows it.
        response: { 200: z.union([PersonDetailSchema, OrganisationDetailSchema]) },
      },
    },
    async (request) => mergeDuplicates(deps, contextOf(request), request.body),
  );
}
