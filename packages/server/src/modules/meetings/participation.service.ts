import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { invalidField, readablePerson } from '../registry/registry.references.ts';
import { eventItems } from './events.detail.ts';
import { auditEvent, editableEvent, readableEvent, referencedPeople } from './meetings.access.ts';
import { sendEventInvitation } from './meetings.mail.ts';
import { readablePeopleNames } from './meetings.names.ts';
import { canAnswerInvitation, meetingsReadScope } from './meetings.policy.ts';
import { presentParticipant } from './meetings.presenter.ts';
import type { ParticipantCreate, ParticipantUpdate } from './meetings.schema.ts';
import type { Participant } from './meetings.table.ts';
import {
  deleteParticipant,
  findDelegation,
  findParticipant,
  insertParticipant,
  participationOf,
  personOfAccount,
  updateParticipantRow,
} from './participation.repository.ts';

async function participantView(trx: Kysely<Database>, actor: Actor, p: Participant) {
  return presentParticipant(p, await readablePeopleNames(trx, actor, [p.person_id]));
}

async function checkParticipantDelegation(
  trx: Kysely<Database>,
  eventId: string,
  delegationId?: string | null,
) {
  if (delegationId && !(await findDelegation(trx, eventId, delegationId))) {
    throw invalidField('body.delegationId', 'is not a delegation of this event');
  }
}

/**
 * Adds a person of the registry to an event's participants.
 * @throws AppError NOT_FOUND; FORBIDDEN; UNKNOWN_PERSON; VALIDATION_FAILED; ALREADY_EXISTS (already a participant)
 */
export async function addParticipant(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  input: ParticipantCreate,
) {
  return deps.db.transaction().execute(async (trx) => {
    await editableEvent(trx, ctx.actor, eventId);
    await referencedPeople(trx, ctx.actor, [{ id: input.personId, path: 'body.personId' }]);
    await checkParticipantDelegation(trx, eventId, input.delegationId);
    const row = await insertParticipant(trx, {
      event_id: eventId,
      person_id: input.personId,
      delegation_id: input.delegationId ?? null,
      ...(input.role ? { role: input.role } : {}),
    });
    const view = await participantView(trx, ctx.actor, row);
    await auditEvent(trx, ctx, eventId, 'event.participant_added', { after: view });
    return view;
  });
}

/**
 * Changes a participant's delegation, role, attendance or invitation state.
 * @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED
 */
export async function changeParticipant(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  participantId: string,
  input: ParticipantUpdate,
) {
  return deps.db.transaction().execute(async (trx) => {
    await editableEvent(trx, ctx.actor, eventId);
    const current = await findParticipant(trx, eventId, participantId);
    if (!current) throw notFound('The participant');
    await checkParticipantDelegation(trx, eventId, input.delegationId);
    const row = await updateParticipantRow(trx, participantId, {
      ...(input.delegationId !== undefined ? { delegation_id: input.delegationId } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.attendance !== undefined ? { attendance: input.attendance } : {}),
      ...(input.invitation !== undefined ? { invitation: input.invitation } : {}),
    });
    const before = await participantView(trx, ctx.actor, current);
    const after = await participantView(trx, ctx.actor, row);
    await auditEvent(trx, ctx, eventId, 'event.participant_updated', { before, after });
    return after;
  });
}

/**
 * Removes a participant from an event.
 * @throws AppError NOT_FOUND; FORBIDDEN
 */
export async function removeParticipant(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  participantId: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    await editableEvent(trx, ctx.actor, eventId);
    const current = await findParticipant(trx, eventId, participantId);
    if (!current) throw notFound('The participant');
    await deleteParticipant(trx, participantId);
    await auditEvent(trx, ctx, eventId, 'event.participant_removed', {
      before: await participantView(trx, ctx.actor, current),
    });
  });
}

/**
 * Invites a participant: marks them invited and queues the invitation mail in their language.
 * @throws AppError NOT_FOUND; FORBIDDEN; NO_EMAIL_ADDRESS when no address is given or known
 */
export async function inviteParticipant(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  participantId: string,
  input: { email?: string | undefined; locale?: string | undefined },
) {
  return deps.db.transaction().execute(async (trx) => {
    const { event } = await editableEvent(trx, ctx.actor, eventId);
    const current = await findParticipant(trx, eventId, participantId);
    if (!current) throw notFound('The participant');
    await sendEventInvitation(trx, deps.config.publicUrl, ctx.actor, event, current.person_id, input);
    const row = await updateParticipantRow(trx, participantId, {
      invitation: 'invited',
      invited_at: new Date(),
      responded_at: null,
    });
    const after = await participantView(trx, ctx.actor, row);
    await auditEvent(trx, ctx, eventId, 'event.participant_invited', { after });
    return after;
  });
}

/**
 * Records a participant's answer to the invitation: by the invited person's own account, or by
 * the event's editors on their behalf.
 * @throws AppError NOT_FOUND; FORBIDDEN; CONFLICT when the person was never invited
 */
export async function answerInvitation(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  participantId: string,
  response: 'accepted' | 'declined' | 'tentative',
) {
  return deps.db.transaction().execute(async (trx) => {
    const { bodies } = await readableEvent(trx, ctx.actor, eventId);
    const current = await findParticipant(trx, eventId, participantId);
    if (!current) throw notFound('The participant');
    const own = ctx.actor.kind === 'account' ? await personOfAccount(trx, ctx.actor.accountId) : null;
    if (!canAnswerInvitation(ctx.actor, own, current.person_id, bodies)) {
      throw forbidden('Only the invited person or the event’s editors may answer.');
    }
    if (!current.invitation) throw new AppError('CONFLICT', 'This person has not been invited.');
    const row = await updateParticipantRow(trx, participantId, {
      invitation: response,
      responded_at: new Date(),
    });
    const after = await participantView(trx, ctx.actor, row);
    await auditEvent(trx, ctx, eventId, 'event.invitation_answered', {
      before: { invitation: current.invitation },
      after: { invitation: response },
    });
    return after;
  });
}

/**
 * A person's participation history: the events the caller may see where they took part or spoke,
 * with their role and how many times they spoke.
 * @throws AppError NOT_FOUND when the person is not visible
 */
export async function personParticipation(deps: AppDeps, actor: Actor, personId: string, tz?: string) {
  await readablePerson(deps.db, actor, personId);
  const rows = await participationOf(deps.db, meetingsReadScope(actor), personId);
  const items = await eventItems(deps.db, rows, tz);
  return {
    events: rows.length,
    spoke: rows.filter((r) => Number(r.speeches) > 0).length,
    items: rows.map((r, i) => ({
      event: items[i] as (typeof items)[number],
      role: r.participant_role,
      attendance: r.participant_attendance,
      speeches: Number(r.speeches),
    })),
  };
}
