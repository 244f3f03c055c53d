import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { findFile } from '../files/files.repository.ts';
import { canReadFile } from '../files/files.policy.ts';
import { findPosition } from '../registry/positions.repository.ts';
import { storedText } from '../registry/registry.presenter.ts';
import { invalidField, referencedOrganisation } from '../registry/registry.references.ts';
import {
  alignEventDocuments,
  auditEvent,
  editableEvent,
  referencedEventPlace,
  referencedPeople,
} from './meetings.access.ts';
import type { ProgrammeItemCreate, ProgrammeItemUpdate } from './meetings.schema.ts';
import type { Event, NewProgrammeItem, ProgrammeItem } from './meetings.table.ts';
import {
  deleteProgrammeItem,
  findProgrammeItem,
  insertProgrammeItem,
  makeRoomAt,
  nextPosition,
  programmeOfEvents,
  replaceDocuments,
  replaceSpeakers,
  setPositions,
  updateProgrammeItemRow,
} from './programme.repository.ts';
import { presentItems } from './programme.views.ts';

type ItemColumns = Partial<Omit<NewProgrammeItem, 'id' | 'event_id' | 'position' | 'created_at'>>;

/** Checks what an item refers to (people, their positions, places, organisations). */
async function checkReferences(trx: Kysely<Database>, actor: Actor, input: ProgrammeItemUpdate) {
  const speakers = input.speakers ?? [];
  await referencedPeople(
    trx,
    actor,
    speakers.map((s, i) => ({ id: s.personId, path: `body.speakers.${i}.personId` })),
  );
  for (const [i, s] of speakers.entries()) {
    if (s.positionId && !(await findPosition(trx, s.personId, s.positionId))) {
      throw invalidField(`body.speakers.${i}.positionId`, 'is not a position of this person');
    }
  }
  if (input.visitedPlaceId) await referencedEventPlace(trx, input.visitedPlaceId, 'body.visitedPlaceId');
  if (input.delegationOrgId) {
    await referencedOrganisation(trx, actor, input.delegationOrgId, 'body.delegationOrgId');
  }
  for (const [i, fileId] of (input.documentIds ?? []).entries()) {
    const file = await findFile(trx, fileId);
    if (!file || !canReadFile(actor, file))
      throw invalidField(`body.documentIds.${i}`, 'is not a known file');
  }
}

function columnsOf(input: ProgrammeItemUpdate): ItemColumns {
  const text = (t: ProgrammeItemUpdate['title']) => (t ? JSON.stringify(storedText(t)) : null);
  const set: ItemColumns = {};
  if (input.kind !== undefined) set.kind = input.kind;
  if (input.title !== undefined) set.title = text(input.title);
  if (input.summary !== undefined) set.summary = text(input.summary);
  if (input.startTime !== undefined) set.start_time = input.startTime;
  if (input.visitedPlaceId !== undefined) set.visited_place_id = input.visitedPlaceId;
  if (input.visitedPlaceText !== undefined) set.visited_place_text = input.visitedPlaceText;
  if (input.delegationOrgId !== undefined) set.delegation_org_id = input.delegationOrgId;
  if (input.delegationCountry !== undefined) set.delegation_country = input.delegationCountry;
  if (input.mediaLinks !== undefined) {
    set.media_links = JSON.stringify(input.mediaLinks.map((l) => ({ url: l.url, label: l.label ?? null })));
  }
  return set;
}

async function writeLinks(
  trx: Kysely<Database>,
  ctx: RequestContext,
  event: Event,
  itemId: string,
  input: ProgrammeItemUpdate,
) {
  if (input.speakers) {
    await replaceSpeakers(
      trx,
      itemId,
      input.speakers.map((s) => ({
        personId: s.personId,
        positionId: s.positionId ?? null,
        title: s.title ? storedText(s.title) : null,
      })),
    );
  }
  if (input.documentIds) {
    await replaceDocuments(trx, itemId, input.documentIds);
    await alignEventDocuments(trx, ctx, event);
  }
}

async function present(trx: Kysely<Database>, actor: Actor, event: Event, item: ProgrammeItem) {
  const [view] = await presentItems(trx, actor, event, [item]);
  if (!view) throw new Error('a programme item presents as one view');
  return view;
}

/**
 * Adds an item to an event's programme (at `position`, moving later items down; last by default).
 * @throws AppError NOT_FOUND; FORBIDDEN; UNKNOWN_PERSON; UNKNOWN_PLACE; VALIDATION_FAILED
 */
export async function addProgrammeItem(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  input: ProgrammeItemCreate,
) {
  return deps.db.transaction().execute(async (trx) => {
    const { event } = await editableEvent(trx, ctx.actor, eventId);
    await checkReferences(trx, ctx.actor, input);
    const last = await nextPosition(trx, eventId);
    const position = Math.min(input.position ?? last, last);
    if (position < last) await makeRoomAt(trx, eventId, position);
    const row = await insertProgrammeItem(trx, {
      ...columnsOf(input),
      kind: input.kind,
      event_id: eventId,
      position,
    });
    await writeLinks(trx, ctx, event, row.id, input);
    const view = await present(trx, ctx.actor, event, row);
    await auditEvent(trx, ctx, eventId, 'event.programme_item_added', { after: view });
    return view;
  });
}

/**
 * Changes a programme item (`speakers`, `mediaLinks`, `documentIds` replace; `position` moves it).
 * @throws AppError NOT_FOUND (event or item); FORBIDDEN; UNKNOWN_PERSON; UNKNOWN_PLACE; VALIDATION_FAILED
 */
export async function changeProgrammeItem(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  itemId: string,
  input: ProgrammeItemUpdate,
) {
  return deps.db.transaction().execute(async (trx) => {
    const { event } = await editableEvent(trx, ctx.actor, eventId);
    const current = await findProgrammeItem(trx, eventId, itemId);
    if (!current) throw notFound('The programme item');
    await checkReferences(trx, ctx.actor, input);
    const before = await present(trx, ctx.actor, event, current);
    let row = await updateProgrammeItemRow(trx, itemId, columnsOf(input));
    await writeLinks(trx, ctx, event, itemId, input);
    if (input.position !== undefined && input.position !== current.position) {
      const ids = (await programmeOfEvents(trx, [eventId])).map((i) => i.id).filter((id) => id !== itemId);
      ids.splice(Math.min(input.position, ids.length), 0, itemId);
      await setPositions(trx, eventId, ids);
      row = (await findProgrammeItem(trx, eventId, itemId)) ?? row;
    }
    const after = await present(trx, ctx.actor, event, row);
    await auditEvent(trx, ctx, eventId, 'event.programme_item_updated', { before, after });
    return after;
  });
}

/**
 * Removes a programme item and closes the gap in the order.
 * @throws AppError NOT_FOUND (event or item); FORBIDDEN
 */
export async function removeProgrammeItem(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  itemId: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    const { event } = await editableEvent(trx, ctx.actor, eventId);
    const current = await findProgrammeItem(trx, eventId, itemId);
    if (!current) throw notFound('The programme item');
    const before = await present(trx, ctx.actor, event, current);
    await deleteProgrammeItem(trx, itemId);
    const rest = await programmeOfEvents(trx, [eventId]);
    await setPositions(
      trx,
      eventId,
      rest.map((i) => i.id),
    );
    await auditEvent(trx, ctx, eventId, 'event.programme_item_removed', { before });
  });
}

/**
 * Puts the programme in the order of `itemIds`, which must name every item of the event once.
 * @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED (missing, unknown or repeated ids)
 */
export async function reorderProgramme(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  itemIds: string[],
) {
  return deps.db.transaction().execute(async (trx) => {
    const { event } = await editableEvent(trx, ctx.actor, eventId);
    const current = (await programmeOfEvents(trx, [eventId])).map((i) => i.id);
    const same = new Set(itemIds).size === itemIds.length && itemIds.length === current.length;
    if (!same || !itemIds.every((id) => current.includes(id))) {
      throw invalidField('body.itemIds', 'must name every item of the programme exactly once');
    }
    await setPositions(trx, eventId, itemIds);
    await auditEvent(trx, ctx, eventId, 'event.programme_reordered', { before: current, after: itemIds });
    return { items: await presentItems(trx, ctx.actor, event, await programmeOfEvents(trx, [eventId])) };
  });
}
