import type { Role } from '../src/modules/accounts/accounts.table.ts';

/** Who makes a request in the permission table: anonymous, a signed-in account with no role, or a role. */
export type Who = 'anonymous' | 'member' | Role;
export const WHO: Who[] = ['anonymous', 'member', 'org_rep', 'agency_editor', 'agency_admin', 'secretariat'];

/** 'ok': the route-level rule let the request through; 401/403: the exact refusal. */
export type Outcome = 'ok' | 401 | 403;

/** One route of the permission table, with a concrete URL and body and the outcome per role. */
export interface PermissionCase {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** The route as Fastify knows it, e.g. `/api/tokens/:id`. */
  route: string;
  url: string;
  body?: object;
  /** Sent as a raw payload with this content type instead of JSON `body`. */
  raw?: { contentType: string; payload: string };
  expect: Record<Who, Outcome>;
}

export const publicRoute = Object.fromEntries(WHO.map((w) => [w, 'ok'])) as Record<Who, Outcome>;
export const signedIn = { ...publicRoute, anonymous: 401 } as Record<Who, Outcome>;

/** Open to holders of one of `roles`; 401 for anonymous, 403 for every other account. */
export const rolesOnly = (...roles: Role[]) =>
  Object.fromEntries(
    WHO.map((w) => [w, w === 'anonymous' ? 401 : roles.includes(w as Role) ? 'ok' : 403]),
  ) as Record<Who, Outcome>;

/** A UUID that names no record: route-level checks come before the lookup. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
