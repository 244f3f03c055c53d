import type { Account, Role } from './accounts.table.ts';

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

/** The actor an account acts as, with the grants given (none for a first audit entry of its own). */
export function accountActor(
  account: Pick<Account, 'id' | 'email' | 'display_name' | 'locale'>,
  grants: readonly Grant[],
  via: 'session' | 'token' = 'session',
  sessionId?: string,
): AccountActor {
  return {
    kind: 'account',
    accountId: account.id,
    email: account.email,
    displayName: account.display_name,
    locale: account.locale,
    grants,
    via,
    ...(sessionId ? { sessionId } : {}),
  };
}
