import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { migrationState } from '../../db/migrate.ts';

const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    reachable: z.boolean(),
    migrations: z.object({ latest: z.string().nullable(), pending: z.array(z.string()) }),
  }),
});

/** `GET /api/health`: the database kind, whether it answers, and the migration state. */
export async function healthRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['health'], response: { 200: HealthSchema, 503: HealthSchema } },
    },
    async (_request, reply) => {
      try {
        const state = await migrationState(deps.db);
        const ok = state.pending.length === 0;
        return reply.code(ok ? 200 : 503).send({
          status: ok ? 'ok' : 'degraded',
          database: {
            kind: deps.dbKind,
            reachable: true,
            migrations: { latest: state.latest, pending: state.pending },
          },
        });
      } catch {
        return reply.code(503).send({
          status: 'degraded',
          database: { kind: deps.dbKind, reachable: false, migrations: { latest: null, pending: [] } },
        });
      }
    },
  );
}
