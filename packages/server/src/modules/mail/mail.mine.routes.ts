import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { IdParamsSchema, listOf, PageQuerySchema } from '../../lib/schemas.ts';
import { myMessage, myMessages } from './mail.mine.service.ts';

const MyMessageItemSchema = z.object({
  id: z.string(),
  subject: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  status: z.enum(['pending', 'sent', 'failed']),
});

const MyMessageSchema = MyMessageItemSchema.extend({ text: z.string() });

const signedIn = { config: { access: 'signed-in' as const } };
const tags = ['mail'];

/** A person's own messages: the outbox rows addressed to their account e-mail (docs/api/mail.md). */
export async function myMessageRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/me/messages',
    {
      ...signedIn,
      schema: { tags, querystring: PageQuerySchema, response: { 200: listOf(MyMessageItemSchema) } },
    },
    async (request) => myMessages(deps.db, request.actor, request.query),
  );
  api.get(
    '/api/me/messages/:id',
    { ...signedIn, schema: { tags, params: IdParamsSchema, response: { 200: MyMessageSchema } } },
    async (request) => myMessage(deps.db, request.actor, request.params.id),
  );
}
