import type { Me, Role } from '../../api';

/** True when the account holds any of `roles` (in any organisation). The server decides for real. */
export function hasAnyRole(me: Me | null, roles: readonly Role[]): boolean {
  return !!me && me.roles.some((grant) => roles.includes(grant.role));
}

/** Roles that may open the invitations administration. */
export const INVITATION_ADMIN_ROLES: readonly Role[] = ['secretariat', 'agency_admin'];
/** Roles that may manage accounts and withdraw roles (agency admins: their body's accounts only). */
export const ACCOUNT_ADMIN_ROLES: readonly Role[] = ['secretariat', 'agency_admin'];
/** Roles that may read the outbox and the audit log. */
export const SECRETARIAT_ROLES: readonly Role[] = ['secretariat'];

/** Roles an administrator may offer in an invitation: only the secretariat can create secretariat accounts. */
export function invitableRoles(me: Me | null): Role[] {
  if (hasAnyRole(me, SECRETARIAT_ROLES)) return ['secretariat', 'agency_admin', 'agency_editor', 'org_rep'];
  return ['agency_admin', 'agency_editor', 'org_rep'];
}
