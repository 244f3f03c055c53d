import type { Kysely, Updateable } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { storedText } from '../registry/registry.presenter.ts';
import { invalidField, referencedOrganisation } from '../registry/registry.references.ts';
import {
  findDecision,
  insertNextDecision,
  listDecisions,
  replaceBodies,
  updateDecisionRow,
} from './decisions.repository.ts';
import { decisionViews, eventContext } from './events.detail.ts';
import { findEvents, seriesByIds } from './events.repository.ts';
import { auditEvent, editableEvent } from './meetings.access.ts';
import { meetingsReadScope } from './meetings.policy.ts';
import { meetingReference, presentEventItem } from './meetings.presenter.ts';
import type { DecisionCreate, DecisionFilter, DecisionUpdate } from './meetings.schema.ts';
import type { Decision, DecisionsTable, Event } from './meetings.table.ts';

async function decisionView(trx: Kysely<Database>, actor: Actor, event: Event, decision: Decision) {
  const series = event.series_id
    ? (await seriesByIds(trx, [event.series_id])).get(event.series_id)
    : undefined;
  const [view] = await decisionViews(trx, actor, [decision], () => meetingReference(series, event.number));
  if (!view) throw new Error('a decision presents as one view');
  return view;
}

async function checkDecision(trx: Kysely<Database>, actor: Actor, input: DecisionUpdate, current?: Decision) {
  for (const [i, id] of (input.responsibleBodyIds ?? []).entries()) {
    await referencedOrganisation(trx, actor, id, `body.responsibleBodyIds.${i}`);
  }
  const from = input.dueFrom === undefined ? (current?.due_from ?? null) : input.dueFrom;
  const to = input.dueTo === undefined ? (current?.due_to ?? null) : input.dueTo;
  if (from && to && from > to) throw invalidField('body.dueTo', 'must not be before dueFrom');
}

function columnsOf(input: DecisionUpdate): Updateable<DecisionsTable> {
  const set: Updateable<DecisionsTable> = {};
  if (input.text !== undefined) set.text = JSON.stringify(storedText(input.text));
  if (input.dueText !== undefined)
    set.due_text = input.dueText ? JSON.stringify(storedText(input.dueText)) : null;
  if (input.dueFrom !== undefined) set.due_from = input.dueFrom;
  if (input.dueTo !== undefined) set.due_to = input.dueTo;
  if (input.status !== undefined) set.status = input.status;
  return set;
}

/**
 * Records a decision of a meeting under the meeting's next number ("CG-5/3"). The event's row is
 * locked for the transaction, so concurrent requests get consecutive numbers.
 * @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED (bodies, due dates)
 */
export async function addDecision(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  input: DecisionCreate,
) {
  return deps.db.transaction().execute(async (trx) => {
    const { event } = await editableEvent(trx, ctx.actor, eventId);
    await checkDecision(trx, ctx.actor, input);
    const row = await insertNextDecision(trx, {
      event_id: eventId,
      text: JSON.stringify(storedText(input.text)),
      ...columnsOf({ ...input, text: undefined }),
    });
    await replaceBodies(trx, row.id, input.responsibleBodyIds ?? []);
    const view = await decisionView(trx, ctx.actor, event, row);
    await auditEvent(trx, ctx, eventId, 'event.decision_added', { after: view });
    return view;
  });
}

/**
 * Changes a decision (its number stays).
 * @throws AppError NOT_FOUND (event or decision); FORBIDDEN; VALIDATION_FAILED
 */
export async function changeDecision(
  deps: AppDeps,
  ctx: RequestContext,
  eventId: string,
  decisionId: string,
  input: DecisionUpdate,
) {
  return deps.db.transaction().execute(async (trx) => {
    const { event } = await editableEvent(trx, ctx.actor, eventId);
    const current = await findDecision(trx, eventId, decisionId);
    if (!current) throw notFound('The decision');
    await checkDecision(trx, ctx.actor, input, current);
    const before = await decisionView(trx, ctx.actor, event, current);
    const row = await updateDecisionRow(trx, decisionId, columnsOf(input));
    if (input.responsibleBodyIds) await replaceBodies(trx, decisionId, input.responsibleBodyIds);
    const after = await decisionView(trx, ctx.actor, event, row);
    await auditEvent(trx, ctx, eventId, 'event.decision_updated', { before, after });
    return after;
  });
}

/** The compiled decisions of the meetings `actor` may see, filtered, each with its meeting. */
export async function browseDecisions(
  deps: AppDeps,
  actor: Actor,
  filter: DecisionFilter,
  page: { limit: number; offset: number },
  tz?: string,
) {
  const { items, total } = await listDecisions(deps.db, meetingsReadScope(actor), filter, page);
  const events = new Map(
    (
      await findEvents(
        deps.db,
        items.map((d) => d.event_id),
      )
    ).map((e) => [e.id, e]),
  );
  const context = await eventContext(deps.db, [...events.values()], tz);
  const eventViews = new Map([...events.values()].map((e) => [e.id, presentEventItem(e, context)]));
  const views = await decisionViews(deps.db, actor, items, (id) => eventViews.get(id)?.reference ?? null);
  return {
    total,
    items: views.map((v) => ({
      ...v,
      event: eventViews.get(v.eventId) as NonNullable<ReturnType<typeof eventViews.get>>,
    })),
  };
}
