import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { HistoryEntrySchema } from '../registry/registry.schema.ts';
import { addItem, browseItems, changeItem, itemHistory, removeItem, showItem } from './items.service.ts';
import {
  ItemCreateSchema,
  ItemQuerySchema,
  ItemUpdateSchema,
  PlanItemDetailSchema,
  PlanItemSchema,
  ProgressUpdateCreateSchema,
  ProgressUpdateSchema,
} from './plans.schema.ts';
import { postProgressUpdate } from './updates.service.ts';

const tags = ['plans'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;

/** Items of a plan, their progress updates and history. */
export async function itemRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/plans/:id/items',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: ItemQuerySchema,
        response: { 200: listOf(PlanItemSchema) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return browseItems(deps, request.actor, request.params.id, filter, { limit, offset });
    },
  );

  api.post(
    '/api/plans/:id/items',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: ItemCreateSchema, response: { 201: PlanItemSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await addItem(deps, contextOf(request), request.params.id, request.body)),
  );

  api.get(
    '/api/plan-items/:id',
    {
      config: { access: 'public' },
      schema: { tags, params: IdParamsSchema, response: { 200: PlanItemDetailSchema } },
    },
    async (request) => showItem(deps, request.actor, request.params.id),
  );

  api.patch(
    '/api/plan-items/:id',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: ItemUpdateSchema, response: { 200: PlanItemSchema } },
    },
    async (request) => changeItem(deps, contextOf(request), request.params.id, request.body),
  );

  api.delete(
    '/api/plan-items/:id',
    { config: { access: editors }, schema: { tags, params: IdParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeItem(deps, contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/plan-items/:id/updates',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        body: ProgressUpdateCreateSchema,
        response: { 201: ProgressUpdateSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await postProgressUpdate(deps, contextOf(request), request.params.id, request.body)),
  );

  api.get(
    '/api/plan-items/:id/history',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: listOf(HistoryEntrySchema) },
      },
    },
    async (request) => itemHistory(deps, request.actor, request.params.id, request.query),
  );
}
