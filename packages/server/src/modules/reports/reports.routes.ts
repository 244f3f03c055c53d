import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';

/** The reports module's routes (docs/api/plans.md); filled in by issue 5. */
export async function reportsRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
