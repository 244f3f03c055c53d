import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf } from '../../lib/schemas.ts';
import { addDecision, browseDecisions, changeDecision } from './decisions.service.ts';
import {
  CompiledDecisionSchema,
  DecisionCreateSchema,
  DecisionQuerySchema,
  DecisionSchema,
  DecisionUpdateSchema,
} from './meetings.schema.ts';

const tags = ['meetings'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;

/** Numbered decisions of meetings, and the compiled list across series. */
export async function decisionRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/decisions',
    {
      config: { access: 'public' },
      schema: { tags, querystring: DecisionQuerySchema, response: { 200: listOf(CompiledDecisionSchema) } },
    },
    async (request) => {
      const { limit, offset, tz, ...filter } = request.query;
      return browseDecisions(deps, request.actor, filter, { limit, offset }, tz);
    },
  );

  api.post(
    '/api/events/:id/decisions',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: DecisionCreateSchema, response: { 201: DecisionSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await addDecision(deps, contextOf(request), request.params.id, request.body)),
  );

  api.patch(
    '/api/events/:id/decisions/:decisionId',
    {
      config: { access: editors },
      schema: {
        tags,
        params: z.strictObject({ id: z.uuid(), decisionId: z.uuid() }),
        body: DecisionUpdateSchema,
        response: { 200: DecisionSchema },
      },
    },
    async (request) =>
      changeDecision(deps, contextOf(request), request.params.id, request.params.decisionId, request.body),
  );
}
