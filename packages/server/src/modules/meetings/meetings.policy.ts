import { type Actor, hasRole, organisationsWithRole } from '../accounts/actor.ts';
import type { VisibilityScope } from '../registry/organisations.repository.ts';
import { canOwnAs, registryReadScope } from '../registry/registry.policy.ts';

// The meetings module's authorisation, in one place. Reads follow the registry's visibility scope,
// widened for events to the bodies that organise or host them; the list query
// (`eventsInScope` in events.repository.ts) is built from the same scope, and the tests check that
// list and single record agree. Writes: the secretariat everything; agency admins and editors the
// events their body owns, organises or hosts, and the series their body owns (issue 4: an agency
// editor enters a whole meeting day, its series included; DESIGN.md's "secretariat: series" is read
// as network-wide series, which only the secretariat may hand to any body).

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

/** May `actor` create a series owned by `ownerOrgId`? The secretariat any; editors their body's. */
export function canCreateSeriesFor(actor: Actor, ownerOrgId: string | null): boolean {
  return canOwnAs(actor, ownerOrgId);
}

/** May `actor` edit this series? The secretariat any; agency admins and editors their body's. */
export function canEditSeries(actor: Actor, series: { owner_org_id: string | null }): boolean {
  if (hasRole(actor, 'secretariat')) return true;
  return series.owner_org_id !== null && organisationsWithRole(actor, EDITORS).includes(series.owner_org_id);
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
