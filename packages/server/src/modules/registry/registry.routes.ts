import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';
import { organisationRoutes } from './organisations.routes.ts';
import { peopleRoutes } from './people.routes.ts';
import { placeRoutes } from './places.routes.ts';

/** The registry's API: organisations, people, countries and places (docs/api/registry.md). */
export async function registryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await organisationRoutes(app, deps);
  await peopleRoutes(app, deps);
  await placeRoutes(app, deps);
}
