import type { AppDeps } from '../../app-deps.ts';
import { forbidden } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { historyOf } from '../registry/history.service.ts';
import { defaultOwnerOf } from '../registry/registry.policy.ts';
import { eventItems, loadEventDetail } from './events.detail.ts';
import { eventColumns, mergedInput } from './events.fields.ts';
import {
  insertEvent,
  listEvents,
  organisationsOfEvents,
  replaceEventOrganisations,
  updateEventRow,
} from './events.repository.ts';
import { alignEventDocuments, auditEvent, editableEvent, readableEvent } from './meetings.access.ts';
import { forgetReminders } from './participation.repository.ts';
import { canCreateEventFor, canEditEvent, meetingsReadScope } from './meetings.policy.ts';
import { eventSnapshot } from './meetings.presenter.ts';
import type { EventCreate, EventFilter, EventUpdateInput } from './meetings.schema.ts';

type Page = { limit: number; offset: number };

/** A page of the events `actor` may see, as the API lists them. */
export async function browseEvents(
  deps: AppDeps,
  actor: Actor,
  filter: EventFilter,
  page: Page,
  tz?: string,
) {
  const { items, total } = await listEvents(deps.db, meetingsReadScope(actor), filter, page);
  return { total, items: await eventItems(deps.db, items, tz) };
}

/**
 * The detail view of one event.
 * @throws AppError NOT_FOUND when there is none or the actor may not see it
 */
export async function showEvent(deps: AppDeps, actor: Actor, id: string, tz?: string) {
  return loadEventDetail(deps.db, actor, await readableEvent(deps.db, actor, id), tz);
}

/**
 * Creates an event (numbered in its series when no number is given), audited.
 * @throws AppError FORBIDDEN when the actor may not own an event for this body;
 *   EVENT_ENDS_BEFORE_START; UNKNOWN_PLACE; VALIDATION_FAILED; ALREADY_EXISTS (number taken)
 */
export async function createEvent(deps: AppDeps, ctx: RequestContext, input: EventCreate, tz?: string) {
  const owner = input.ownerOrgId === undefined ? defaultOwnerOf(ctx.actor) : input.ownerOrgId;
  if (!canCreateEventFor(ctx.actor, owner)) throw forbidden('You may not create events for this body.');
  const created = await deps.db.transaction().execute(async (trx) => {
    const columns = await eventColumns(trx, ctx.actor, { ...input, ownerOrgId: owner });
    const row = await insertEvent(trx, columns);
    await replaceEventOrganisations(trx, row.id, input.organisations ?? []);
    const organisations = await organisationsOfEvents(trx, [row.id]);
    await auditEvent(trx, ctx, row.id, 'event.created', { after: eventSnapshot(row, organisations) });
    return row;
  });
  return showEvent(deps, ctx.actor, created.id, tz);
}

/**
 * Changes an event (`organisations` replaces the set), audited with before and after.
 * @throws AppError NOT_FOUND; FORBIDDEN (not the event's editor, or handing it to a body the actor
 *   may not own for); EVENT_ENDS_BEFORE_START; UNKNOWN_PLACE; VALIDATION_FAILED; ALREADY_EXISTS
 */
export async function updateEvent(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: EventUpdateInput,
  tz?: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    const { event } = await editableEvent(trx, ctx.actor, id);
    if (input.ownerOrgId !== undefined && input.ownerOrgId !== event.owner_org_id) {
      if (!canCreateEventFor(ctx.actor, input.ownerOrgId))
        throw forbidden('You may not hand the event to this body.');
    }
    const before = eventSnapshot(event, await organisationsOfEvents(trx, [id]));
    const merged = mergedInput(event, input);
    const columns = await eventColumns(trx, ctx.actor, merged, event);
    const row = await updateEventRow(trx, id, columns);
    if (input.organisations) await replaceEventOrganisations(trx, id, input.organisations);
    const organisations = await organisationsOfEvents(trx, [id]);
    const bodies = {
      visibility: row.visibility,
      owner_org_id: row.owner_org_id,
      organisationIds: organisations.map((o) => o.organisation_id),
    };
    // An editor may not write themselves out of the event they are editing.
    if (!canEditEvent(ctx.actor, bodies))
      throw forbidden('The change would leave you unable to edit the event.');
    await alignEventDocuments(trx, ctx, row);
    // A meeting moved to another time is reminded of again before its new start.
    if (row.starts_at.getTime() !== event.starts_at.getTime()) await forgetReminders(trx, id);
    await auditEvent(trx, ctx, id, 'event.updated', { before, after: eventSnapshot(row, organisations) });
  });
  return showEvent(deps, ctx.actor, id, tz);
}

/**
 * The change history of an event (its own fields, programme, participation and decisions).
 * The public sees no actor; `before`/`after` only for those who may edit the event (they name people).
 * @throws AppError NOT_FOUND when the event is not visible
 */
export async function eventHistory(deps: AppDeps, actor: Actor, id: string, page: Page) {
  const { bodies } = await readableEvent(deps.db, actor, id);
  const editor = canEditEvent(actor, bodies);
  return historyOf(deps, actor, { type: 'event', id }, page, () => !editor);
}
