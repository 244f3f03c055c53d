import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { browseAuditLog } from './audit.service.ts';

const AuditQuerySchema = PageQuerySchema.extend({
  actor: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});

const AuditItemSchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.object({ id: z.string().nullable(), label: z.string() }).nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});

/** The audit log, readable by the secretariat. */
export async function auditRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      config: { access: { roles: ['secretariat'] } },
      schema: { tags: ['audit'], querystring: AuditQuerySchema, response: { 200: listOf(AuditItemSchema) } },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return browseAuditLog(deps.db, filter, { limit, offset });
    },
  );
}
