import type { Role } from './accounts.table.ts';
import { type Actor, hasRole, organisationsWithRole } from './actor.ts';

/** What the policy needs to know of an organisation. */
export interface OrganisationRef {
  id: string;
  kind: string;
  owner_org_id: string | null;
}

/**
 * May `actor` invite someone to `role` in `organisation`? The secretariat may invite anyone;
 * an agency admin may invite admins and editors of its own body, and representatives of the
 * diaspora organisations its body curates (owns).
 */
export function canInvite(actor: Actor, role: Role, organisation: OrganisationRef): boolean {
  if (hasRole(actor, 'secretariat')) return true;
  const administered = organisationsWithRole(actor, ['agency_admin']);
  if (role === 'agency_admin' || role === 'agency_editor') return administered.includes(organisation.id);
  if (role === 'org_rep') {
    return organisation.kind === 'diaspora_org' && administered.includes(organisation.owner_org_id ?? '');
  }
  return false;
}

/**
 * Which invitations `actor` may list: all (secretariat), or those for the organisations it
 * administers or curates, plus those it sent. The single-record rule below agrees with it.
 */
export function invitationListScope(
  actor: Actor,
): { all: true } | { organisationIds: string[]; invitedBy: string } {
  if (hasRole(actor, 'secretariat')) return { all: true };
  return {
    organisationIds: organisationsWithRole(actor, ['agency_admin']),
    invitedBy: actor.kind === 'account' ? actor.accountId : '',
  };
}

/** May `actor` see or revoke this invitation? Agrees with `invitationListScope`. */
export function canManageInvitation(
  actor: Actor,
  invitation: { organisation_id: string; invited_by: string | null; curated_by: string | null },
): boolean {
  const scope = invitationListScope(actor);
  if ('all' in scope) return true;
  return (
    scope.organisationIds.includes(invitation.organisation_id) ||
    (invitation.curated_by !== null && scope.organisationIds.includes(invitation.curated_by)) ||
    invitation.invited_by === scope.invitedBy
  );
}

/** Which accounts `actor` may manage: all (secretariat) or those with a role in a body it administers. */
export function accountListScope(actor: Actor): { all: true } | { organisationIds: string[] } {
  if (hasRole(actor, 'secretariat')) return { all: true };
  return { organisationIds: organisationsWithRole(actor, ['agency_admin']) };
}

/**
 * May `actor` withdraw this role grant? The secretariat may withdraw any; an agency admin the
 * admin and editor roles of its own body and the representatives of organisations it curates.
 * Agrees with `canInvite`: whoever may grant a role may withdraw it.
 */
export function canRevokeGrant(actor: Actor, grant: { role: Role }, organisation: OrganisationRef): boolean {
  return canInvite(actor, grant.role, organisation);
}
