import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { addContact, removeContact } from './contacts.service.ts';
import { personHistory } from './history.service.ts';
import {
  PeopleQuerySchema,
  PersonCreateSchema,
  PersonDetailSchema,
  PersonItemSchema,
  PersonUpdateSchema,
  PositionInputSchema,
  PositionSchema,
  PositionUpdateSchema,
} from './people.schema.ts';
import { browsePeople, createPerson, showPerson, updatePerson } from './people.service.ts';
import { addPosition, changePosition, removePosition } from './positions.service.ts';
import { ContactCreateSchema, ContactSchema, HistoryEntrySchema } from './registry.schema.ts';

const tags = ['registry'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;
const PositionParamsSchema = z.strictObject({ id: z.uuid(), positionId: z.uuid() });

/** People: list, detail, create, edit, positions, contacts, history. */
export async function peopleRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/people',
    {
      config: { access: 'public' },
      schema: { tags, querystring: PeopleQuerySchema, response: { 200: listOf(PersonItemSchema) } },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return browsePeople(deps, request.actor, filter, { limit, offset });
    },
  );

  api.get(
    '/api/people/:id',
    {
      config: { access: 'public' },
      schema: { tags, params: IdParamsSchema, response: { 200: PersonDetailSchema } },
    },
    async (request) => showPerson(deps, request.actor, request.params.id),
  );

  api.post(
    '/api/people',
    {
      config: { access: editors },
      schema: { tags, body: PersonCreateSchema, response: { 201: PersonDetailSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await createPerson(deps, contextOf(request), request.body)),
  );

  api.patch(
    '/api/people/:id',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        body: PersonUpdateSchema,
        response: { 200: PersonDetailSchema },
      },
    },
    async (request) => updatePerson(deps, contextOf(request), request.params.id, request.body),
  );

  api.get(
    '/api/people/:id/history',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: listOf(HistoryEntrySchema) },
      },
    },
    async (request) => personHistory(deps, request.actor, request.params.id, request.query),
  );

  api.post(
    '/api/people/:id/positions',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: PositionInputSchema, response: { 201: PositionSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await addPosition(deps, contextOf(request), request.params.id, request.body)),
  );

  api.patch(
    '/api/people/:id/positions/:positionId',
    {
      config: { access: editors },
      schema: {
        tags,
        params: PositionParamsSchema,
        body: PositionUpdateSchema,
        response: { 200: PositionSchema },
      },
    },
    async (request) => {
      const { id, positionId } = request.params;
      return changePosition(deps, contextOf(request), id, positionId, request.body);
    },
  );

  api.delete(
    '/api/people/:id/positions/:positionId',
    {
      config: { access: editors },
      schema: { tags, params: PositionParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await removePosition(deps, contextOf(request), request.params.id, request.params.positionId);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/people/:id/contacts',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: ContactCreateSchema, response: { 201: ContactSchema } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addContact(deps, contextOf(request), 'person', request.params.id, request.body)),
  );

  api.delete(
    '/api/people/:id/contacts/:contactId',
    {
      config: { access: editors },
      schema: {
        tags,
        params: z.strictObject({ id: z.uuid(), contactId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeContact(deps, contextOf(request), 'person', request.params.id, request.params.contactId);
      return reply.code(204).send(null);
    },
  );
}
