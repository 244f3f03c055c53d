import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { browseOrganisations } from './registry.service.ts';

const OrganisationItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  abbreviation: z.string().nullable(),
  kind: z.enum(['international_org', 'state_body', 'diaspora_org', 'other']),
  countryCode: z.string().nullable(),
  parentId: z.string().nullable(),
});

/** Read access to the organisations of the registry (the registry module grows from here). */
export async function registryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/organisations',
    {
      config: { access: 'public' },
      schema: {
        tags: ['registry'],
        querystring: PageQuerySchema.extend({
          q: z.string().max(200).optional(),
          kind: z.enum(['international_org', 'state_body', 'diaspora_org', 'other']).optional(),
        }),
        response: { 200: listOf(OrganisationItemSchema) },
      },
    },
    async (request) => {
      const { limit, offset, q, kind } = request.query;
      return browseOrganisations(deps, request.actor, { q, kind }, { limit, offset });
    },
  );
}
