import { type Actor, hasRole, organisationsWithRole } from '../accounts/actor.ts';
import type { VisibilityScope } from '../registry/organisations.repository.ts';
import { canReadRecord, registryReadScope } from '../registry/registry.policy.ts';

// Who may read, upload and manage files. An organisation's files follow the rule of every record
// (DESIGN.md): the file's own owner organisation and visibility, which the module a file is
// attached to keeps in step with its record (an event's files with the event). A personal file
// (ADR 0011, "Personal files") is its owner account's alone: not even the secretariat reads it
// here; the modules it is given to (an application) serve it to their own readers.

/** The roles that upload files, for their own organisation. */
export const UPLOADER_ROLES = ['agency_admin', 'agency_editor', 'org_rep'] as const;

/** What `actor` may read of the files: the scope of any record for organisations' files, and its own personal files. */
export interface FileReadScope extends VisibilityScope {
  readonly accountId: string | null;
}

/** The file fields the rules look at. */
type Owned = { visibility: string; owner_org_id: string | null; owner_account_id: string | null };

/** What `actor` may read of the files; agrees with `canReadFile`. */
export function fileReadScope(actor: Actor): FileReadScope {
  return { ...registryReadScope(actor), accountId: actor.kind === 'account' ? actor.accountId : null };
}

const ownsPersonal = (actor: Actor, file: Pick<Owned, 'owner_account_id'>) =>
  actor.kind === 'account' && file.owner_account_id === actor.accountId;

/** The single-file rule; agrees with `fileReadScope`. */
export function canReadFile(actor: Actor, file: Owned): boolean {
  if (file.owner_account_id !== null) return ownsPersonal(actor, file);
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

/**
 * Whose file an upload that names no organisation becomes: the account's own (a personal file)
 * when the account uploads for no organisation; undefined otherwise (an organisation's file, or
 * anonymous).
 */
export function personalFileOwner(actor: Actor, ownerOrgId: string | undefined): string | undefined {
  if (actor.kind !== 'account' || ownerOrgId !== undefined || defaultFileOwner(actor)) return undefined;
  return actor.accountId;
}

/** May `actor` change or delete this file? Its owner account, or whoever may upload for its owner organisation. */
export function canManageFile(actor: Actor, file: Pick<Owned, 'owner_org_id' | 'owner_account_id'>): boolean {
  if (file.owner_account_id !== null) return ownsPersonal(actor, file);
  return file.owner_org_id !== null && canUploadAs(actor, file.owner_org_id);
}
