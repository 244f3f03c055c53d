import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { RoleSchema } from './accounts.schema.ts';
import { browseAccounts, revokeGrant } from './accounts.admin.service.ts';

const tags = ['accounts'];
const admins = { roles: ['secretariat', 'agency_admin'] } as const;

const ManagedAccountSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  status: z.enum(['active', 'disabled']),
  locale: z.string(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
  roles: z.array(
    z.object({
      id: z.string(),
      role: RoleSchema,
      organisation: z.object({ id: z.string(), name: z.string() }),
    }),
  ),
});

/** Managing accounts and their roles (secretariat: all; agency admins: their body's). */
export async function accountAdminRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/accounts',
    {
      config: { access: admins },
      schema: {
        tags,
        querystring: PageQuerySchema.extend({ q: z.string().max(200).optional() }),
        response: { 200: listOf(ManagedAccountSchema) },
      },
    },
    async (request) => browseAccounts(deps, contextOf(request), request.query),
  );
  api.delete(
    '/api/accounts/:id/roles/:grantId',
    {
      config: { access: admins },
      schema: {
        tags,
        params: z.strictObject({ id: z.uuid(), grantId: z.uuid() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeGrant(deps, contextOf(request), request.params.id, request.params.grantId);
      return reply.code(204).send(null);
    },
  );
}
