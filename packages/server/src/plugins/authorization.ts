import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { Role } from '../modules/accounts/accounts.table.ts';
import { type Actor, hasRole } from '../modules/accounts/actor.ts';
import { sendProblem } from './errors.ts';

/**
 * The access rule every route declares in `config.access`: open to the public, to any signed-in
 * account, or to holders of one of the roles. Record-level rules live in each module's policy.
 */
export type Access = 'public' | 'signed-in' | { readonly roles: readonly Role[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor;
  }
  interface FastifyInstance {
    /** Every route with its declared access rule, for the permission-table tests. */
    readonly routeAccess: { method: string; url: string; access: Access }[];
  }
}

// Routes that plugins register for static files and documentation; they are public by nature.
const isStaticRoute = (url: string) => !url.startsWith('/api/') || url.startsWith('/api/docs');

/** Decides whether `actor` passes the route-level rule; returns the refusal, if any. */
export function checkAccess(actor: Actor, access: Access): AppError | undefined {
  if (access === 'public') return undefined;
  if (actor.kind === 'anonymous') return new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  if (access === 'signed-in') return undefined;
  return access.roles.some((role) => hasRole(actor, role))
    ? undefined
    : new AppError('FORBIDDEN', 'Your role does not allow this.');
}

/**
 * The one authorisation layer: every route must declare an access rule (a route without one
 * stops the app from starting), and every request is checked against it before its handler runs.
 */
export function installAuthorization(app: FastifyInstance): void {
  const table: { method: string; url: string; access: Access }[] = [];
  app.decorate('routeAccess', table);
  // Fastify forbids shared objects as decorator defaults; authentication sets the actor first thing.
  app.decorateRequest('actor', null as never);
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { access?: Access };
    if (!config.access && isStaticRoute(route.url)) {
      route.config = { ...config, access: 'public' } as typeof route.config;
    } else if (!config.access) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    }
    const access = (route.config as { access: Access }).access;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') table.push({ method, url: route.url, access });
    }
  });
  app.addHook('preHandler', async (request, reply) => {
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    const refusal = access
      ? checkAccess(request.actor, access)
      : new AppError('FORBIDDEN', 'No access rule.');
    if (refusal) return sendProblem(reply, request, refusal);
  });
}
