import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { addContact, removeContact } from './contacts.service.ts';
import { organisationHistory } from './history.service.ts';
import { addRelationship, removeRelationship, setVerification } from './organisation-links.service.ts';
import {
  OrganisationCreateSchema,
  OrganisationDetailSchema,
  OrganisationItemSchema,
  OrganisationQuerySchema,
  OrganisationUpdateSchema,
  RelationshipCreateSchema,
  RelationshipSchema,
  VerificationBodySchema,
} from './organisations.schema.ts';
import {
  browseOrganisations,
  createOrganisation,
  showOrganisation,
  updateOrganisation,
} from './organisations.service.ts';
import { ContactCreateSchema, ContactSchema, HistoryEntrySchema } from './registry.schema.ts';

const tags = ['registry'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;
const editorsAndReps = { roles: ['secretariat', 'agency_admin', 'agency_editor', 'org_rep'] } as const;

/** Organisations: list, detail, create, edit, verification, relationships, contacts, history. */
export async function organisationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/organisations',
    {
      config: { access: 'public' },
      schema: {
        tags,
        querystring: OrganisationQuerySchema,
        response: { 200: listOf(OrganisationItemSchema) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return browseOrganisations(deps, request.actor, filter, { limit, offset });
    },
  );

  api.get(
    '/api/organisations/:id',
    {
      config: { access: 'public' },
      schema: { tags, params: IdParamsSchema, response: { 200: OrganisationDetailSchema } },
    },
    async (request) => showOrganisation(deps, request.actor, request.params.id),
  );

  api.post(
    '/api/organisations',
    {
      config: { access: editors },
      schema: { tags, body: OrganisationCreateSchema, response: { 201: OrganisationDetailSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await createOrganisation(deps, contextOf(request), request.body)),
  );

  api.patch(
    '/api/organisations/:id',
    {
      config: { access: editorsAndReps },
      schema: {
        tags,
        params: IdParamsSchema,
        body: OrganisationUpdateSchema,
        response: { 200: OrganisationDetailSchema },
      },
    },
    async (request) => updateOrganisation(deps, contextOf(request), request.params.id, request.body),
  );

  api.post(
    '/api/organisations/:id/verification',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        body: VerificationBodySchema,
        response: { 200: OrganisationDetailSchema },
      },
    },
    async (request) => setVerification(deps, contextOf(request), request.params.id, request.body.state),
  );

  api.post(
    '/api/organisations/:id/relationships',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        body: RelationshipCreateSchema,
        response: { 201: RelationshipSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addRelationship(deps, contextOf(request), request.params.id, request.body)),
  );

  api.delete(
    '/api/organisations/:id/relationships/:relId',
    {
      config: { access: editors },
      schema: {
        tags,
        params: z.strictObject({ id: z.uuid(), relId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeRelationship(deps, contextOf(request), request.params.id, request.params.relId);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/organisations/:id/contacts',
    {
      config: { access: editorsAndReps },
      schema: { tags, params: IdParamsSchema, body: ContactCreateSchema, response: { 201: ContactSchema } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addContact(deps, contextOf(request), 'organisation', request.params.id, request.body)),
  );

  api.delete(
    '/api/organisations/:id/contacts/:contactId',
    {
      config: { access: editorsAndReps },
      schema: {
        tags,
        params: z.strictObject({ id: z.uuid(), contactId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { id, contactId } = request.params;
      await removeContact(deps, contextOf(request), 'organisation', id, contactId);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/organisations/:id/history',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: PageQuerySchema,
        response: { 200: listOf(HistoryEntrySchema) },
      },
    },
    async (request) => organisationHistory(deps, request.actor, request.params.id, request.query),
  );
}
