import { type Actor, hasRole, organisationsWithRole } from '../accounts/actor.ts';
import type { VisibilityScope } from '../registry/organisations.repository.ts';
import { canReadRecord, registryReadScope } from '../registry/registry.policy.ts';

// The programmes' authorisation, in one place (ADR 0023). Reads of programmes follow the registry's
// visibility scope, and drafts are seen only by their editors (the organising body's admins and
// editors, the secretariat); `programmesListScope` is the SQL form of the same rule, and the tests
// check that list and single record agree. Applications hold personal data: only the applicant,
// whoever submitted it, the nominating organisation's representatives, the programme's editors and
// the secretariat read them, and the programme's reviewers once submitted (never drafts).

const EDITORS = ['agency_admin', 'agency_editor'] as const;

/** What a programme's rules look at. */
export interface ProgrammeAccess {
  visibility: string;
  owner_org_id: string | null;
  status: string;
}

/** What an application's rules look at, with the caller's own person (null when none). */
export interface ApplicationAccess {
  person_id: string;
  submitted_by: string | null;
  nominated_by_org_id: string | null;
}

/** The list form of the read rule: a visibility scope, and the bodies whose drafts are seen ('all'). */
export function programmesListScope(actor: Actor): { scope: VisibilityScope; drafts: 'all' | string[] } {
  return { scope: registryReadScope(actor), drafts: editingBodiesOf(actor) };
}

/** The bodies whose programmes `actor` edits; 'all' for the secretariat. */
export function editingBodiesOf(actor: Actor): 'all' | string[] {
  if (hasRole(actor, 'secretariat')) return 'all';
  return organisationsWithRole(actor, EDITORS);
}

/** May `actor` change this programme, its call, quotas, and see its applications? */
export function canEditProgramme(actor: Actor, programme: { owner_org_id: string | null }): boolean {
  const bodies = editingBodiesOf(actor);
  if (bodies === 'all') return true;
  return programme.owner_org_id !== null && bodies.includes(programme.owner_org_id);
}

/** May `actor` read this programme? Agrees with `programmesListScope`. */
export function canReadProgramme(actor: Actor, programme: ProgrammeAccess): boolean {
  if (programme.status === 'draft' && !canEditProgramme(actor, programme)) return false;
  return canReadRecord(actor, { visibility: programme.visibility, owner_org_id: programme.owner_org_id });
}

/** May `actor` create programmes (for some body)? The secretariat, agency admins and editors. */
export function canCreateProgramme(actor: Actor): boolean {
  const bodies = editingBodiesOf(actor);
  return bodies === 'all' || bodies.length > 0;
}

/** May `actor` nominate people of `orgId`? Its org representatives (and the secretariat). */
export function canNominateFor(actor: Actor, orgId: string): boolean {
  return hasRole(actor, 'secretariat') || hasRole(actor, 'org_rep', orgId);
}

/**
 * May `actor` (whose own person is `ownPersonId`) act on this application as its applicant: edit the
 * draft, submit, withdraw? The applicant, whoever created it, the nominating body's representatives.
 */
export function canActOnApplication(
  actor: Actor,
  ownPersonId: string | null,
  app: ApplicationAccess,
): boolean {
  if (actor.kind !== 'account') return false;
  if (ownPersonId !== null && app.person_id === ownPersonId) return true;
  if (app.submitted_by === actor.accountId) return true;
  return app.nominated_by_org_id !== null && hasRole(actor, 'org_rep', app.nominated_by_org_id);
}

/**
 * May `actor` read this application (personal data)? Its applicant side, the programme's editors,
 * and — when `reviewer` (the caller is one of the programme's reviewers) — once it is submitted.
 */
export function canReadApplication(
  actor: Actor,
  ownPersonId: string | null,
  app: ApplicationAccess & { status: string },
  programme: { owner_org_id: string | null },
  reviewer = false,
): boolean {
  if (canActOnApplication(actor, ownPersonId, app) || canEditProgramme(actor, programme)) return true;
  return reviewer && app.status !== 'draft';
}

/**
 * May `actor` list the programme's applications? Its editors (all of them, with personal data in
 * exports) and its reviewers (submitted ones; names and scores only in exports).
 */
export function applicationListAccess(
  actor: Actor,
  programme: { owner_org_id: string | null },
  reviewer: boolean,
): 'full' | 'reviewer' | null {
  if (canEditProgramme(actor, programme)) return 'full';
  return reviewer ? 'reviewer' : null;
}

/** May `actor` write a review of the programme's applications? Its reviewers only. */
export const canReview = (actor: Actor, reviewer: boolean) => actor.kind === 'account' && reviewer;

/** Is the caller (whose own person is `ownPersonId`) the application's person? */
const isTheApplicant = (ownPersonId: string | null, app: { person_id: string }) =>
  ownPersonId !== null && app.person_id === ownPersonId;

/** May `actor` download this application's certificate? The holder's account, the programme's editors. */
export function canReadCertificate(
  actor: Actor,
  ownPersonId: string | null,
  app: { person_id: string },
  programme: { owner_org_id: string | null },
): boolean {
  return isTheApplicant(ownPersonId, app) || canEditProgramme(actor, programme);
}

/** May the caller answer the feedback survey for this application? The participant's own account. */
export const canAnswerFeedback = (ownPersonId: string | null, app: { person_id: string }) =>
  isTheApplicant(ownPersonId, app);
