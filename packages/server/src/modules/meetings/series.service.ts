import type { AppDeps } from '../../app-deps.ts';
import { forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { storedText } from '../registry/registry.presenter.ts';
import { referencedOrganisation } from '../registry/registry.references.ts';
import { flattenText } from '../registry/registry.presenter.ts';
import { decisionsOfEvents } from './decisions.repository.ts';
import { decisionViews, eventContext } from './events.detail.ts';
import {
  findSeries,
  insertSeries,
  listSeries,
  meetingsOfSeries,
  updateSeriesRow,
} from './events.repository.ts';
import { readableOrganisationNames } from './meetings.names.ts';
import { defaultOwnerOf } from '../registry/registry.policy.ts';
import { canCreateSeriesFor, canEditSeries, canReadSeries, meetingsReadScope } from './meetings.policy.ts';
import {
  meetingReference,
  presentEventItem,
  presentSeriesItem,
  seriesSnapshot,
} from './meetings.presenter.ts';
import type { SeriesCreate, SeriesUpdate } from './meetings.schema.ts';
import type { EventSeries, EventSeriesUpdate } from './meetings.table.ts';
import { groupBy } from '../../lib/group-by.ts';

type Page = { limit: number; offset: number };

/** A page of the series `actor` may see, with how many of their meetings the actor sees. */
export async function browseSeries(deps: AppDeps, actor: Actor, page: Page) {
  const { items, total } = await listSeries(deps.db, meetingsReadScope(actor), page);
  const owners = await readableOrganisationNames(
    deps.db,
    actor,
    items.flatMap((s) => (s.owner_org_id ? [s.owner_org_id] : [])),
  );
  return { total, items: items.map((s) => presentSeriesItem(s, owners, Number(s.meetings))) };
}

async function readableSeries(deps: AppDeps, actor: Actor, id: string): Promise<EventSeries> {
  const series = await findSeries(deps.db, id);
  if (!series || !canReadSeries(actor, series)) throw notFound('The series');
  return series;
}

/**
 * The series page: the series and its numbered meetings the actor may see, each with its decisions.
 * @throws AppError NOT_FOUND when there is none or the actor may not see it
 */
export async function showSeries(deps: AppDeps, actor: Actor, id: string, tz?: string) {
  const series = await readableSeries(deps, actor, id);
  const meetings = await meetingsOfSeries(deps.db, meetingsReadScope(actor), id);
  const context = await eventContext(deps.db, meetings, tz);
  const referenceOf = new Map(meetings.map((e) => [e.id, meetingReference(series, e.number)]));
  const decisions = await decisionViews(
    deps.db,
    actor,
    await decisionsOfEvents(
      deps.db,
      meetings.map((e) => e.id),
    ),
    (eventId) => referenceOf.get(eventId) ?? null,
  );
  const decisionsOf = groupBy(decisions, (d) => d.eventId);
  const owners = await readableOrganisationNames(
    deps.db,
    actor,
    series.owner_org_id ? [series.owner_org_id] : [],
  );
  const { meetings: _count, ...item } = presentSeriesItem(series, owners, meetings.length);
  return {
    ...item,
    description: flattenText(series.description),
    canEdit: canEditSeries(actor, series),
    meetings: meetings.map((e) => ({
      ...presentEventItem(e, context),
      decisions: decisionsOf.get(e.id) ?? [],
    })),
  };
}

function columnsOf(input: SeriesUpdate): EventSeriesUpdate {
  const set: EventSeriesUpdate = {};
  if (input.code !== undefined) set.code = input.code;
  if (input.title !== undefined) set.title = JSON.stringify(storedText(input.title));
  if (input.description !== undefined)
    set.description = input.description ? JSON.stringify(storedText(input.description)) : null;
  if (input.ownerOrgId !== undefined) set.owner_org_id = input.ownerOrgId;
  if (input.visibility !== undefined) set.visibility = input.visibility;
  return set;
}

/**
 * Creates a series, audited: the secretariat for any body, agency editors and admins for their own
 * (their body by default).
 * @throws AppError FORBIDDEN; VALIDATION_FAILED (owner); ALREADY_EXISTS (code taken)
 */
export async function createSeries(deps: AppDeps, ctx: RequestContext, input: SeriesCreate, tz?: string) {
  const owner = input.ownerOrgId === undefined ? defaultOwnerOf(ctx.actor) : input.ownerOrgId;
  if (!canCreateSeriesFor(ctx.actor, owner)) throw forbidden('You may not create series for this body.');
  const row = await deps.db.transaction().execute(async (trx) => {
    if (owner) await referencedOrganisation(trx, ctx.actor, owner, 'body.ownerOrgId');
    const created = await insertSeries(trx, {
      code: input.code,
      title: JSON.stringify(storedText(input.title)),
      ...columnsOf({
        description: input.description,
        ownerOrgId: owner,
        visibility: input.visibility,
      }),
    });
    await recordAudit(trx, ctx, {
      action: 'series.created',
      entityType: 'series',
      entityId: created.id,
      after: seriesSnapshot(created),
    });
    return created;
  });
  return showSeries(deps, ctx.actor, row.id, tz);
}

/**
 * Changes a series, audited with before and after: the secretariat any, agency editors and admins
 * their body's (and they may hand it only to a body they may own for).
 * @throws AppError FORBIDDEN; NOT_FOUND; VALIDATION_FAILED; ALREADY_EXISTS
 */
export async function updateSeries(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: SeriesUpdate,
  tz?: string,
) {
  await deps.db.transaction().execute(async (trx) => {
    const current = await findSeries(trx, id, true);
    if (!current || !canReadSeries(ctx.actor, current)) throw notFound('The series');
    if (!canEditSeries(ctx.actor, current)) throw forbidden('You may not edit this series.');
    if (input.ownerOrgId !== undefined && !canCreateSeriesFor(ctx.actor, input.ownerOrgId)) {
      throw forbidden('You may not hand the series to this body.');
    }
    if (input.ownerOrgId) await referencedOrganisation(trx, ctx.actor, input.ownerOrgId, 'body.ownerOrgId');
    const row = await updateSeriesRow(trx, id, columnsOf(input));
    await recordAudit(trx, ctx, {
      action: 'series.updated',
      entityType: 'series',
      entityId: id,
      before: seriesSnapshot(current),
      after: seriesSnapshot(row),
    });
  });
  return showSeries(deps, ctx.actor, id, tz);
}
