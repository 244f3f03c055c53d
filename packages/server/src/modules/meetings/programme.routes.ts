import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema } from '../../lib/schemas.ts';
import {
  ProgrammeItemCreateSchema,
  ProgrammeItemSchema,
  ProgrammeItemUpdateSchema,
  ProgrammeOrderSchema,
} from './meetings.schema.ts';
import {
  addProgrammeItem,
  changeProgrammeItem,
  removeProgrammeItem,
  reorderProgramme,
} from './programme.service.ts';

const tags = ['meetings'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;
const ItemParamsSchema = z.strictObject({ id: z.uuid(), itemId: z.uuid() });

/** An event's programme: add, change, remove, reorder items. */
export async function programmeRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/events/:id/programme',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        body: ProgrammeItemCreateSchema,
        response: { 201: ProgrammeItemSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addProgrammeItem(deps, contextOf(request), request.params.id, request.body)),
  );

  api.put(
    '/api/events/:id/programme/order',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        body: ProgrammeOrderSchema,
        response: { 200: z.object({ items: z.array(ProgrammeItemSchema) }) },
      },
    },
    async (request) => reorderProgramme(deps, contextOf(request), request.params.id, request.body.itemIds),
  );

  api.patch(
    '/api/events/:id/programme/:itemId',
    {
      config: { access: editors },
      schema: {
        tags,
        params: ItemParamsSchema,
        body: ProgrammeItemUpdateSchema,
        response: { 200: ProgrammeItemSchema },
      },
    },
    async (request) =>
      changeProgrammeItem(deps, contextOf(request), request.params.id, request.params.itemId, request.body),
  );

  api.delete(
    '/api/events/:id/programme/:itemId',
    {
      config: { access: editors },
      schema: { tags, params: ItemParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removeProgrammeItem(deps, contextOf(request), request.params.id, request.params.itemId);
      return reply.code(204).send(null);
    },
  );
}
