import { type Actor, organisationsWithRole } from '../accounts/actor.ts';
import type { VisibilityScope } from './organisations.repository.ts';

/**
 * What `actor` may read of the registry: public records for everyone, network records for any
 * signed-in account, and owner-only records of the organisations it works for.
 */
export function registryReadScope(actor: Actor): VisibilityScope {
  if (actor.kind === 'anonymous') return { visibilities: ['public'], ownOrganisationIds: [] };
  if (organisationsWithRole(actor, ['secretariat']).length) {
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
