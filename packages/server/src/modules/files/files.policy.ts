import { type Actor, hasRole, organisationsWithRole } from '../accounts/actor.ts';
import type { VisibilityScope } from '../registry/organisations.repository.ts';
import { canReadRecord, registryReadScope } from '../registry/registry.policy.ts';

// Who may read, upload and manage files. Reads follow the rule of every record (DESIGN.md): the
// file's own owner organisation and visibility, which the module a file is attached to keeps in
// step with its record (an event's files with the event).

/** The roles that upload files, for their own organisation. */
export const UPLOADER_ROLES = ['agency_admin', 'agency_editor', 'org_rep'] as const;

/** What `actor` may read of the files: the same scope as any record. */
export function fileReadScope(actor: Actor): VisibilityScope {
  return registryReadScope(actor);
}

/** The single-file rule; agrees with `fileReadScope`. */
export function canReadFile(actor: Actor, file: { visibility: string; owner_org_id: string }): boolean {
  return canReadRecord(actor, { visibility: file.visibility, owner_org_id: file.owner_org_id });
}

/** May `actor` upload a file owned by `ownerOrgId`? The secretariat for any body; others for their own. */
export function canUploadAs(actor: Actor, ownerOrgId: string): boolean {
  return hasRole(actor, 'secretariat') || organisationsWithRole(actor, UPLOADER_ROLES).includes(ownerOrgId);
}

/** The owner a new file gets when the request names none: the actor's first organisation. */
export function defaultFileOwner(actor: Actor): string | undefined {
  return organisationsWithRole(actor, ['secretariat', ...UPLOADER_ROLES])[0];
}

/** May `actor` change or delete this file? Whoever may upload for its owner. */
export function canManageFile(actor: Actor, file: { owner_org_id: string }): boolean {
  return canUploadAs(actor, file.owner_org_id);
}
