import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { IdParamsSchema, listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { myMessageRoutes } from './mail.mine.routes.ts';
import { browseOutbox, readOutboxMessage } from './mail.service.ts';

const OutboxItemSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  template: z.string(),
  locale: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

const OutboxMessageSchema = OutboxItemSchema.extend({
  text: z.string(),
  html: z.string().nullable(),
  lastError: z.string().nullable(),
});

/** The outbox, readable by the secretariat: how mail is seen when no SMTP server is configured. */
export async function mailRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/outbox',
    {
      config: { access: { roles: ['secretariat'] } },
      schema: {
        tags: ['mail'],
        querystring: PageQuerySchema.extend({
          status: z.enum(['pending', 'sent', 'failed']).optional(),
          to: z.string().max(320).optional(),
        }),
        response: { 200: listOf(OutboxItemSchema) },
      },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return browseOutbox(deps.db, filter, { limit, offset });
    },
  );
  api.get(
    '/api/outbox/:id',
    {
      config: { access: { roles: ['secretariat'] } },
      schema: { tags: ['mail'], params: IdParamsSchema, response: { 200: OutboxMessageSchema } },
    },
    async (request) => readOutboxMessage(deps.db, request.params.id),
  );
  await myMessageRoutes(app, deps);
}
