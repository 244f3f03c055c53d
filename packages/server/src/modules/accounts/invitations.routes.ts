import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { openSession } from '../../plugins/authentication.ts';
import {
  InvitationAcceptSchema,
  InvitationCreateSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  MeSchema,
} from './accounts.schema.ts';
import {
  acceptInvitation,
  browseInvitations,
  createInvitation,
  describeInvitation,
  revokeInvitation,
} from './invitations.service.ts';

const tags = ['invitations'];
const admins = { roles: ['secretariat', 'agency_admin'] } as const;

/** Inviting people to roles, and accepting an invitation. */
export async function invitationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/invitations',
    {
      config: { access: admins },
      schema: { tags, querystring: PageQuerySchema, response: { 200: listOf(InvitationSchema) } },
    },
    async (request) => browseInvitations(deps, contextOf(request), request.query),
  );

  api.post(
    '/api/invitations',
    {
      config: { access: admins },
      schema: { tags, body: InvitationCreateSchema, response: { 201: InvitationSchema } },
    },
    async (request, reply) =>
      reply.code(201).send(await createInvitation(deps, contextOf(request), request.body)),
  );

  api.delete(
    '/api/invitations/:id',
    { config: { access: admins }, schema: { tags, params: IdParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeInvitation(deps, contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/api/invitations/by-token/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: z.strictObject({ token: z.string().min(10).max(200) }),
        response: { 200: InvitationPreviewSchema },
      },
    },
    async (request) => describeInvitation(deps, request.params.token),
  );

  api.post(
    '/api/invitations/accept',
    {
      config: { access: 'public' },
      schema: { tags, body: InvitationAcceptSchema, response: { 200: MeSchema } },
    },
    async (request, reply) => {
      const account = await acceptInvitation(deps, contextOf(request), request.body);
      return openSession(deps, request, reply, account);
    },
  );
}
