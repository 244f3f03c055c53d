import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { SearchQuerySchema, SearchResponseSchema } from './search.schema.ts';
import { searchNames } from './search.service.ts';

/** `GET /api/search`: one search over people, organisations and places, in every script. */
export async function searchRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/search',
    {
      config: { access: 'public' },
      schema: {
        tags: ['search'],
        summary: 'Find people, organisations and places by any spelling of their names',
        querystring: SearchQuerySchema,
        response: { 200: SearchResponseSchema },
      },
    },
    async (request) => {
      const { q, types, limit } = request.query;
      return { results: await searchNames(deps, request.actor, { q, types, limit }) };
    },
  );
}
