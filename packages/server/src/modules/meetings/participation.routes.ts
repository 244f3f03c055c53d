import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema } from '../../lib/schemas.ts';
import {
  DelegationCreateSchema,
  DelegationSchema,
  DelegationUpdateSchema,
  InvitationSendSchema,
  ParticipantCreateSchema,
  ParticipantSchema,
  ParticipantUpdateSchema,
  RsvpSchema,
} from './meetings.schema.ts';
import { addDelegation, changeDelegation, removeDelegation } from './delegations.service.ts';
import {
  addParticipant,
  answerInvitation,
  changeParticipant,
  inviteParticipant,
  removeParticipant,
} from './participation.service.ts';

const tags = ['meetings'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;
const DelegationParams = z.strictObject({ id: z.uuid(), delegationId: z.uuid() });
const ParticipantParams = z.strictObject({ id: z.uuid(), participantId: z.uuid() });

/** An event's delegations and participants, invitations and answers. */
export async function participationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/events/:id/delegations',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        body: DelegationCreateSchema,
        response: { 201: DelegationSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addDelegation(deps, contextOf(request), request.params.id, request.body)),
  );

  api.patch(
    '/api/events/:id/delegations/:delegationId',
    {
      config: { access: editors },
      schema: {
        tags,
        params: DelegationParams,
        body: DelegationUpdateSchema,
        response: { 200: DelegationSchema },
      },
    },
    async (request) =>
      changeDelegation(
        deps,
        contextOf(request),
        request.params.id,
        request.params.delegationId,
        request.body,
      ),
  );

  api.delete(
    '/api/events/:id/delegations/:delegationId',
    { config: { access: editors }, schema: { tags, params: DelegationParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeDelegation(deps, contextOf(request), request.params.id, request.params.delegationId);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/events/:id/participants',
    {
      config: { access: editors },
      schema: {
        tags,
        params: IdParamsSchema,
        body: ParticipantCreateSchema,
        response: { 201: ParticipantSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addParticipant(deps, contextOf(request), request.params.id, request.body)),
  );

  api.patch(
    '/api/events/:id/participants/:participantId',
    {
      config: { access: editors },
      schema: {
        tags,
        params: ParticipantParams,
        body: ParticipantUpdateSchema,
        response: { 200: ParticipantSchema },
      },
    },
    async (request) =>
      changeParticipant(
        deps,
        contextOf(request),
        request.params.id,
        request.params.participantId,
        request.body,
      ),
  );

  api.delete(
    '/api/events/:id/participants/:participantId',
    { config: { access: editors }, schema: { tags, params: ParticipantParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeParticipant(deps, contextOf(request), request.params.id, request.params.participantId);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/events/:id/participants/:participantId/invitation',
    {
      config: { access: editors },
      schema: {
        tags,
        params: ParticipantParams,
        body: InvitationSendSchema,
        response: { 200: ParticipantSchema },
      },
    },
    async (request) =>
      inviteParticipant(
        deps,
        contextOf(request),
        request.params.id,
        request.params.participantId,
        request.body,
      ),
  );

  api.post(
    '/api/events/:id/participants/:participantId/rsvp',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: ParticipantParams, body: RsvpSchema, response: { 200: ParticipantSchema } },
    },
    async (request) =>
      answerInvitation(
        deps,
        contextOf(request),
        request.params.id,
        request.params.participantId,
        request.body.response,
      ),
  );
}
