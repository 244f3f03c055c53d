import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { seriesByIds } from '../meetings/events.repository.ts';
import { meetingReference } from '../meetings/meetings.presenter.ts';
import { historyOf } from '../registry/history.service.ts';
import { flattenText, storedText } from '../registry/registry.presenter.ts';
import { canOwnAs, defaultOwnerOf } from '../registry/registry.policy.ts';
import { invalidField, referencedOrganisation } from '../registry/registry.references.ts';
import { auditPlans, editablePlan, readablePlan } from './plans.access.ts';
import { canCreatePlan, canEditPlan, plansReadScope, updatingBodiesOf } from './plans.policy.ts';
import { presentPlanSummary } from './plans.presenter.ts';
import { checkDecisions, readableDecisions, readableEvents } from './plans.references.ts';
import { readableRefNames } from '../registry/organisation-refs.ts';
import { insertPlan, itemCounts, listPlans, planHasItemOf, updatePlanRow } from './plans.repository.ts';
import type { PlanCreate, PlanUpdate } from './plans.schema.ts';
import type { Plan, PlanUpdate as PlanColumns } from './plans.table.ts';

// The plans API: list, detail, create, change, history.

type Page = { limit: number; offset: number };

async function summaries(db: Kysely<Database>, actor: Actor, plans: readonly Plan[]) {
  const [names, counts] = await Promise.all([
    readableRefNames(
      db,
      actor,
      plans.flatMap((p) => p.owner_org_id ?? []),
    ),
    itemCounts(
      db,
      plans.map((p) => p.id),
    ),
  ]);
  return plans.map((p) => {
    const name = p.owner_org_id ? names.get(p.owner_org_id) : undefined;
    const owner = p.owner_org_id && name !== undefined ? { id: p.owner_org_id, name } : null;
    return presentPlanSummary(p, owner, counts.get(p.id) ?? 0);
  });
}

/** The plans `actor` may read, newest period first. */
export async function browsePlans(deps: AppDeps, actor: Actor, year: number | undefined, page: Page) {
  const { items, total } = await listPlans(deps.db, plansReadScope(actor), year, page);
  return { items: await summaries(deps.db, actor, items), total };
}

async function planDetail(db: Kysely<Database>, actor: Actor, plan: Plan) {
  const [summary] = await summaries(db, actor, [plan]);
  const eventId = plan.adopted_at_event_id;
  const decisionId = plan.adopted_by_decision_id;
  const [events, decisions] = await Promise.all([
    readableEvents(db, actor, eventId ? [eventId] : []),
    readableDecisions(db, actor, decisionId ? [decisionId] : []),
  ]);
  const event = eventId ? events.get(eventId) : undefined;
  const decision = decisionId ? decisions.get(decisionId) : undefined;
  const series = event?.series_id
    ? (await seriesByIds(db, [event.series_id])).get(event.series_id)
    : undefined;
  const meeting = event ? meetingReference(series, event.number) : null;
  const canEdit = canEditPlan(actor, plan);
  return {
    ...(summary as NonNullable<typeof summary>),
    description: flattenText(plan.description),
    adoptedAt: {
      event: event
        ? { id: event.id, title: flattenText(event.title) ?? {}, reference: meeting ?? null }
        : null,
      decision: decision ? { id: decision.id, reference: decision.reference } : null,
    },
    canEdit,
    canUpdateSome: canEdit || (await planHasItemOf(db, plan.id, updatingBodiesOf(actor))),
  };
}

/** What the audit log keeps of a plan: its detail without the caller's flags. */
async function planSnapshot(db: Kysely<Database>, actor: Actor, plan: Plan) {
  const { canEdit, canUpdateSome, ...snapshot } = await planDetail(db, actor, plan);
  return snapshot;
}

/** One plan. @throws AppError NOT_FOUND */
export async function showPlan(deps: AppDeps, actor: Actor, id: string) {
  return planDetail(deps.db, actor, await readablePlan(deps.db, actor, id));
}

async function planColumns(trx: Kysely<Database>, actor: Actor, input: PlanUpdate, current?: Plan) {
  const set: PlanColumns = {};
  if (input.title !== undefined) set.title = JSON.stringify(storedText(input.title));
  if (input.description !== undefined)
    set.description = input.description ? JSON.stringify(storedText(input.description)) : null;
  if (input.periodStart !== undefined) set.period_start = input.periodStart;
  if (input.periodEnd !== undefined) set.period_end = input.periodEnd;
  if ((set.period_start ?? current?.period_start ?? '') > (set.period_end ?? current?.period_end ?? '9')) {
    throw invalidField('body.periodEnd', 'must not be before periodStart');
  }
  if (input.adoptedAtEventId) {
    const events = await readableEvents(trx, actor, [input.adoptedAtEventId]);
    if (!events.size) throw invalidField('body.adoptedAtEventId', 'is not a known event');
  }
  if (input.adoptedAtEventId !== undefined) set.adopted_at_event_id = input.adoptedAtEventId ?? null;
  if (input.adoptedByDecisionId) {
    await checkDecisions(trx, actor, [input.adoptedByDecisionId], 'body.adoptedByDecisionId');
  }
  if (input.adoptedByDecisionId !== undefined) set.adopted_by_decision_id = input.adoptedByDecisionId ?? null;
  if (input.ownerOrgId) {
    await referencedOrganisation(trx, actor, input.ownerOrgId, 'body.ownerOrgId');
    if (!canOwnAs(actor, input.ownerOrgId)) throw forbidden('You may not give the plan to this body.');
  }
  if (input.ownerOrgId !== undefined) set.owner_org_id = input.ownerOrgId ?? null;
  if (input.visibility !== undefined) set.visibility = input.visibility;
  return set;
}

/** Creates a plan (the secretariat). @throws AppError FORBIDDEN; VALIDATION_FAILED */
export async function addPlan(deps: AppDeps, ctx: RequestContext, input: PlanCreate) {
  if (!canCreatePlan(ctx.actor)) throw forbidden('Only the secretariat creates plans.');
  const id = await deps.db.transaction().execute(async (trx) => {
    const set = await planColumns(trx, ctx.actor, input);
    const row = await insertPlan(trx, {
      ...set,
      title: set.title as string,
      period_start: input.periodStart,
      period_end: input.periodEnd,
      owner_org_id: input.ownerOrgId ?? defaultOwnerOf(ctx.actor),
      visibility: input.visibility ?? 'network',
    });
    const after = await planSnapshot(trx, ctx.actor, row);
    await auditPlans(trx, ctx, { type: 'plan', id: row.id }, 'plan.created', { after });
    return row.id;
  });
  return showPlan(deps, ctx.actor, id);
}

/** Changes a plan. @throws AppError NOT_FOUND; FORBIDDEN; VALIDATION_FAILED */
export async function changePlan(deps: AppDeps, ctx: RequestContext, id: string, input: PlanUpdate) {
  await deps.db.transaction().execute(async (trx) => {
    const plan = await editablePlan(trx, ctx.actor, id);
    const before = await planSnapshot(trx, ctx.actor, plan);
    const row = await updatePlanRow(trx, id, await planColumns(trx, ctx.actor, input, plan));
    await auditPlans(trx, ctx, { type: 'plan', id }, 'plan.updated', {
      before,
      after: await planSnapshot(trx, ctx.actor, row),
    });
  });
  return showPlan(deps, ctx.actor, id);
}

/** The change history of a plan (its fields, deleted items). @throws AppError NOT_FOUND */
export async function planHistory(deps: AppDeps, actor: Actor, id: string, page: Page) {
  await readablePlan(deps.db, actor, id);
  return historyOf(deps, actor, { type: 'plan', id }, page, () => false);
}
