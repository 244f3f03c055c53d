import { type Actor, organisationsWithRole } from '../accounts/actor.ts';
import { canEditEvent, canReadEvent, type EventBodies } from '../meetings/meetings.policy.ts';
import type { MinutesStatus } from './minutes.table.ts';

// The minutes' authorisation, in one place (ADR 0014). What an actor may do follows from its part
// in the meeting: an editor (whoever may edit the event: the secretariat, or an agency admin or
// editor of the body that owns, organises or hosts it), a member of one of the meeting's
// delegations, or a reader (the event's own read rule, for adopted minutes).

/** The actor's part in one meeting; `delegationIds` are the delegations it speaks for. */
export interface MeetingPart {
  editor: boolean;
  delegationIds: string[];
}

/** A delegation as the policy sees it: an organisation, or a country alone. */
export interface DelegationRef {
  id: string;
  organisation_id: string | null;
  country_code: string | null;
}

/** An organisation the actor works for, with what a country delegation is matched on. */
export interface ActorOrganisation {
  id: string;
  kind: string;
  country_code: string | null;
}

/** The organisations in which the actor holds any role: delegation membership follows from them. */
export function actorOrganisationIds(actor: Actor): string[] {
  return organisationsWithRole(actor, ['secretariat', 'agency_admin', 'agency_editor', 'org_rep']);
}

/**
 * The actor's part in a meeting with `delegations`: a delegation is the actor's when it works for
 * the delegation's organisation, or — for a delegation by country alone — for a state body of that
 * country.
 */
export function meetingPartOf(
  actor: Actor,
  event: EventBodies,
  delegations: readonly DelegationRef[],
  actorOrganisations: readonly ActorOrganisation[],
): MeetingPart {
  const editor = canEditEvent(actor, event);
  const own = new Set(actorOrganisationIds(actor));
  const delegationIds = delegations
    .filter((d) =>
      d.organisation_id
        ? own.has(d.organisation_id)
        : actorOrganisations.some(
            (o) => own.has(o.id) && o.kind === 'state_body' && o.country_code === d.country_code,
          ),
    )
    .map((d) => d.id);
  return { editor, delegationIds };
}

/** Statuses whose text anyone who may read the event may read. */
export const PUBLISHED: readonly MinutesStatus[] = ['adopted', 'locked'];

/**
 * May `actor` read minutes in `status` of an event with `visibility` and owner? Editors always;
 * the meeting's delegations once circulated; everyone else adopted minutes of events they may read.
 */
export function canReadMinutes(
  actor: Actor,
  part: MeetingPart,
  event: EventBodies,
  status: MinutesStatus,
): boolean {
  if (part.editor) return true;
  if (part.delegationIds.length && status !== 'draft') return true;
  return PUBLISHED.includes(status) && canReadEvent(actor, event);
}

/** May the actor see the workings (versions, diffs, comments, amendments)? Editors and delegations. */
export function canSeeWorkings(part: MeetingPart, status: MinutesStatus): boolean {
  return part.editor || (part.delegationIds.length > 0 && status !== 'draft');
}

/** May the actor comment or propose amendments? Editors and delegations, while circulated. */
export function canTakePart(part: MeetingPart, status: MinutesStatus): boolean {
  return status === 'circulated' && (part.editor || part.delegationIds.length > 0);
}

/** What the web app may offer the actor, from the same rules the services apply. */
export function allowedActions(part: MeetingPart, status: MinutesStatus) {
  return {
    edit: part.editor && (status === 'draft' || status === 'circulated'),
    circulate: part.editor && status === 'draft',
    adopt: part.editor && status === 'circulated',
    reopen: part.editor && status === 'adopted',
    lock: part.editor && status === 'adopted',
    comment: canTakePart(part, status),
    amend: canTakePart(part, status),
    decide: part.editor && status === 'circulated',
    seeWorkings: canSeeWorkings(part, status),
  };
}
