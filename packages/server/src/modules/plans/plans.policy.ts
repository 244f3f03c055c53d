import { type Actor, hasRole, organisationsWithRole } from '../accounts/actor.ts';
import type { VisibilityScope } from '../registry/organisations.repository.ts';
import { canReadRecord, registryReadScope } from '../registry/registry.policy.ts';

// The action plan's authorisation, in one place (ADR 0019). Reads follow the registry's visibility
// scope: an item takes its plan's visibility and owner; the list query (`listPlans`) is built from
// the same scope and the tests check that list and single record agree. Writes to plans and items:
// the secretariat, and agency admins and editors of the plan's owning body. Progress updates: those,
// and agency admins and editors of a body responsible for the item (not a supporting one).

const EDITORS = ['agency_admin', 'agency_editor'] as const;

/** What a plan's rules look at: its visibility and owner. */
export interface PlanAccess {
  visibility: string;
  owner_org_id: string | null;
}

/** What `actor` may read of plans (and so of their items). */
export function plansReadScope(actor: Actor): VisibilityScope {
  return registryReadScope(actor);
}

/** May `actor` read this plan and its items? Agrees with `plansReadScope`. */
export function canReadPlan(actor: Actor, plan: PlanAccess): boolean {
  return canReadRecord(actor, { visibility: plan.visibility, owner_org_id: plan.owner_org_id });
}

/** May `actor` create plans? The secretariat only. */
export function canCreatePlan(actor: Actor): boolean {
  return hasRole(actor, 'secretariat');
}

/** May `actor` change this plan and its items (create, edit, move, delete, import)? */
export function canEditPlan(actor: Actor, plan: PlanAccess): boolean {
  if (hasRole(actor, 'secretariat')) return true;
  return plan.owner_org_id !== null && organisationsWithRole(actor, EDITORS).includes(plan.owner_org_id);
}

/** The bodies for which `actor` posts progress: those where it is an agency admin or editor. */
export function updatingBodiesOf(actor: Actor): string[] {
  return organisationsWithRole(actor, EDITORS);
}

/** The bodies whose items are the actor's own ("my items"): every body it holds a role in. */
export function mineBodiesOf(actor: Actor): string[] {
  return organisationsWithRole(actor, ['agency_admin', 'agency_editor', 'org_rep', 'secretariat']);
}

/** Is the item "mine": is one of the actor's bodies responsible for it? Agrees with the `mine` filter. */
export function isMine(actor: Actor, responsibleIds: readonly string[]): boolean {
  const own = mineBodiesOf(actor);
  return responsibleIds.some((id) => own.includes(id));
}

/** May `actor` post progress updates on an item with these responsible bodies? */
export function canUpdateItem(actor: Actor, plan: PlanAccess, responsibleIds: readonly string[]): boolean {
  if (canEditPlan(actor, plan)) return true;
  const bodies = updatingBodiesOf(actor);
  return responsibleIds.some((id) => bodies.includes(id));
}

/** The body an update is posted for: the actor's first responsible body, else its first body. */
export function updatingBodyOf(actor: Actor, responsibleIds: readonly string[]): string | null {
  const bodies = updatingBodiesOf(actor);
  const all = organisationsWithRole(actor, ['secretariat', ...EDITORS]);
  return responsibleIds.find((id) => bodies.includes(id)) ?? all[0] ?? null;
}
