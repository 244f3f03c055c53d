import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';

/** The periods module's routes (docs/api/plans.md); filled in by issue 5. */
export async function periodsRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
