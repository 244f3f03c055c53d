import type { Role } from './accounts.table.ts';

/** One role the account holds in one organisation. */
export interface Grant {
  readonly id: string;
  readonly role: Role;
  readonly organisationId: string;
}

/** Who is making a request. Every request has one; anonymous means the public role. */
export type Actor =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'account';
      readonly accountId: string;
      readonly email: string;
      readonly displayName: string;
      readonly locale: string;
      readonly grants: readonly Grant[];
      readonly via: 'session' | 'token';
      readonly sessionId?: string;
    };

export type AccountActor = Extract<Actor, { kind: 'account' }>;

export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });

/** True when the actor holds `role` (in any organisation, or in `organisationId` when given). */
export function hasRole(actor: Actor, role: Role, organisationId?: string): boolean {
  return (
    actor.kind === 'account' &&
    actor.grants.some(
      (g) => g.role === role && (organisationId === undefined || g.organisationId === organisationId),
    )
  );
}

/** The organisations in which the actor holds any of `roles`. */
export function organisationsWithRole(actor: Actor, roles: readonly Role[]): string[] {
  if (actor.kind !== 'account') return [];
  return [...new Set(actor.grants.filter((g) => roles.includes(g.role)).map((g) => g.organisationId))];
}
