import { type Actor, hasRole, organisationsWithRole } from '../accounts/actor.ts';
import type { VisibilityScope } from '../registry/organisations.repository.ts';
import { canOwnAs, registryReadScope } from '../registry/registry.policy.ts';

// The meetings module's authorisation, in one place. Reads follow the registry's visibility scope,
// widened for events to the bodies that organise or host them; the list query
// (`eventsInScope` in events.repository.ts) is built from the same scope, and the tests check that
// list and single record agree. Writes: the secretariat everything; agency admins and editors the
// events their body owns, organises or hosts; series only the secretariat.

const EDITORS = ['agency_admin', 'agency_editor'] as const;

/** What `actor` may read of series and events: visibilities, and the bodies it works for. */
export function meetingsReadScope(actor: Actor): VisibilityScope {
  return registryReadScope(actor);
}

/** The bodies an event belongs to: its owner, and its organisers and hosts. */
export interface EventBodies {
  visibility: string;
  owner_org_id: string | null;
  organisationIds: readonly string[];
}

const bodiesOf = (e: EventBodies) => [...(e.owner_org_id ? [e.owner_org_id] : []), ...e.organisationIds];

/** May `actor` read this event? Agrees with the list scope. */
export function canReadEvent(actor: Actor, event: EventBodies): boolean {
  const scope = meetingsReadScope(actor);
  if ((scope.visibilities as string[]).includes(event.visibility)) return true;
  return bodiesOf(event).some((id) => scope.ownOrganisationIds.includes(id));
}

/** May `actor` edit this event (its fields, programme, participation and decisions)? */
export function canEditEvent(actor: Actor, event: EventBodies): boolean {
  if (hasRole(actor, 'secretariat')) return true;
  const bodies = organisationsWithRole(actor, EDITORS);
  return bodiesOf(event).some((id) => bodies.includes(id));
}

/** May `actor` create an event owned by `ownerOrgId`? The secretariat any; editors their body's. */
export function canCreateEventFor(actor: Actor, ownerOrgId: string | null): boolean {
  return canOwnAs(actor, ownerOrgId);
}

/** May `actor` read this series? Same rule as any registry record. */
export function canReadSeries(actor: Actor, series: { visibility: string; owner_org_id: string | null }) {
  return canReadEvent(actor, { ...series, organisationIds: [] });
}

/** May `actor` create and edit series? Only the secretariat (DESIGN.md: "secretariat: series"). */
export function canManageSeries(actor: Actor): boolean {
  return hasRole(actor, 'secretariat');
}

/** May `actor` answer the invitation of the person `personId`? Their own account, or the event's editors. */
export function canAnswerInvitation(
  actor: Actor,
  accountPersonId: string | null,
  personId: string,
  event: EventBodies,
): boolean {
  return accountPersonId === personId || canEditEvent(actor, event);
}
