import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf } from '../../lib/schemas.ts';
import { AccessTokenCreateSchema, AccessTokenSchema } from './accounts.schema.ts';
import { browseAccessTokens, createAccessToken, revokeToken } from './tokens.service.ts';

const tags = ['tokens'];

/** Personal access tokens of the signed-in account. */
export async function tokenRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/tokens',
    { config: { access: 'signed-in' }, schema: { tags, response: { 200: listOf(AccessTokenSchema) } } },
    async (request) => browseAccessTokens(deps, contextOf(request)),
  );
  api.post(
    '/api/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        body: AccessTokenCreateSchema,
        response: { 201: z.object({ token: z.string(), item: AccessTokenSchema }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createAccessToken(deps, contextOf(request), request.body)),
  );
  api.delete(
    '/api/tokens/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: IdParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await revokeToken(deps, contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
