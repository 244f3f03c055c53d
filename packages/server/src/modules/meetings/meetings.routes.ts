import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';
import { decisionRoutes } from './decisions.routes.ts';
import { eventRoutes } from './events.routes.ts';
import { participationRoutes } from './participation.routes.ts';
import { programmeRoutes } from './programme.routes.ts';

/** The meetings API: series, events, programme, participation, decisions (docs/api/meetings.md). */
export async function meetingsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await eventRoutes(app, deps);
  await programmeRoutes(app, deps);
  await participationRoutes(app, deps);
  await decisionRoutes(app, deps);
}
