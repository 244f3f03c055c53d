import { type Actor, hasRole, organisationsWithRole } from '../accounts/actor.ts';
import type { VisibilityScope } from './organisations.repository.ts';
import type { OrganisationKind } from './registry.table.ts';

// The registry's authorisation, in one place. Reads: a list scope and single-record rules built on
// it (the tests check that they agree). Writes: record-level rules the services apply after the
// route-level role check.

const EDITORS = ['agency_admin', 'agency_editor'] as const;

/**
 * What `actor` may read of the registry: public records for everyone, network records for any
 * signed-in account, and owner-only records of the organisations it works for.
 */
export function registryReadScope(actor: Actor): VisibilityScope {
  if (actor.kind === 'anonymous') return { visibilities: ['public'], ownOrganisationIds: [] };
  if (hasRole(actor, 'secretariat')) {
    return { visibilities: ['public', 'network', 'owner'], ownOrganisationIds: [] };
  }
  return {
    visibilities: ['public', 'network'],
    ownOrganisationIds: organisationsWithRole(actor, ['agency_admin', 'agency_editor', 'org_rep']),
  };
}

/** The single-record rule; agrees with `registryReadScope`. */
export function canReadRecord(
  actor: Actor,
  record: { id?: string; visibility: string; owner_org_id: string | null },
): boolean {
  const scope = registryReadScope(actor);
  if ((scope.visibilities as string[]).includes(record.visibility)) return true;
  return scope.ownOrganisationIds.some((id) => id === record.owner_org_id || id === record.id);
}

/** May `actor` read this person? Same rule as any record, but a person's id is never a body. */
export function canReadPerson(actor: Actor, person: { visibility: string; owner_org_id: string | null }) {
  return canReadRecord(actor, { visibility: person.visibility, owner_org_id: person.owner_org_id });
}

/**
 * May `actor` see a person's personal data (contacts, the before/after of the history)? Only the
 * roles of the owner body and the secretariat.
 */
export function canSeePersonalData(actor: Actor, person: { owner_org_id: string | null }): boolean {
  if (hasRole(actor, 'secretariat')) return true;
  const own = organisationsWithRole(actor, ['agency_admin', 'agency_editor', 'org_rep']);
  return person.owner_org_id !== null && own.includes(person.owner_org_id);
}

/** The bodies for which `actor` may create and own records (the secretariat: any, `all`). */
export function ownerBodiesOf(actor: Actor): 'all' | string[] {
  if (hasRole(actor, 'secretariat')) return 'all';
  return organisationsWithRole(actor, EDITORS);
}

/** The owner a new record gets when the request names none: the actor's first body. */
export function defaultOwnerOf(actor: Actor): string | null {
  return organisationsWithRole(actor, ['secretariat', ...EDITORS])[0] ?? null;
}

/** May `actor` make `ownerOrgId` the owner of a record (on create, or by handing one over)? */
export function canOwnAs(actor: Actor, ownerOrgId: string | null): boolean {
  const bodies = ownerBodiesOf(actor);
  return bodies === 'all' || (ownerOrgId !== null && bodies.includes(ownerOrgId));
}

/**
 * May `actor` create an organisation of `kind` owned by `ownerOrgId`? The secretariat any; agency
 * admins and editors any kind but an international organisation, owned by their body.
 */
export function canCreateOrganisation(actor: Actor, kind: OrganisationKind, ownerOrgId: string | null) {
  if (hasRole(actor, 'secretariat')) return true;
  return kind !== 'international_org' && canOwnAs(actor, ownerOrgId);
}

/**
 * How far `actor` may edit an organisation: `all` fields (secretariat; admins and editors of the
 * owning body, or of the body itself), its `profile` only (the organisation's representative:
 * names, details, contacts — not kind, owner, visibility or verification), or `none`.
 */
export function organisationEditLevel(
  actor: Actor,
  org: { id: string; owner_org_id: string | null },
): 'all' | 'profile' | 'none' {
  if (hasRole(actor, 'secretariat')) return 'all';
  const bodies = organisationsWithRole(actor, EDITORS);
  if (bodies.includes(org.id) || (org.owner_org_id !== null && bodies.includes(org.owner_org_id))) {
    return 'all';
  }
  return hasRole(actor, 'org_rep', org.id) ? 'profile' : 'none';
}

/** May `actor` edit this organisation's profile and contacts at all? */
export function canEditOrganisation(actor: Actor, org: { id: string; owner_org_id: string | null }) {
  return organisationEditLevel(actor, org) !== 'none';
}

/**
 * May `actor` set the verification state of `org`? Only diaspora organisations are verified, by
 * the secretariat or the admins and editors of the curating body (`owner_org_id`).
 */
export function canVerify(actor: Actor, org: { kind: string; owner_org_id: string | null }): boolean {
  if (org.kind !== 'diaspora_org') return false;
  if (hasRole(actor, 'secretariat')) return true;
  return org.owner_org_id !== null && organisationsWithRole(actor, EDITORS).includes(org.owner_org_id);
}

/** May `actor` edit this person (names, positions, contacts)? Secretariat, or the owner body's editors. */
export function canEditPerson(actor: Actor, person: { owner_org_id: string | null }): boolean {
  if (hasRole(actor, 'secretariat')) return true;
  return person.owner_org_id !== null && organisationsWithRole(actor, EDITORS).includes(person.owner_org_id);
}

/** May `actor` see this contact of an organisation? Contacts carry their own visibility. */
export function canReadOrganisationContact(
  actor: Actor,
  org: { id: string; owner_org_id: string | null },
  contact: { visibility: string },
): boolean {
  return canReadRecord(actor, { id: org.id, owner_org_id: org.owner_org_id, visibility: contact.visibility });
}
