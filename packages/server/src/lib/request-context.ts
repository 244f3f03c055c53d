import type { FastifyRequest } from 'fastify';
import type { Actor } from '../modules/accounts/actor.ts';

/** Who did something, and in which request: what services need for audit and authorisation. */
export interface RequestContext {
  readonly actor: Actor;
  readonly requestId: string | null;
  readonly ip: string | null;
}

/** The context of an HTTP request. */
export function contextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor, requestId: request.id, ip: request.ip };
}

/** The context of work the system does by itself (start-up, demo data, workers). */
export const SYSTEM_CONTEXT: RequestContext = Object.freeze({
  actor: Object.freeze({ kind: 'anonymous' as const }),
  requestId: null,
  ip: null,
});
