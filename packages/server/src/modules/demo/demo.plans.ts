import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_CONTEXT } from '../../lib/request-context.ts';
import { findAccountByEmail } from '../accounts/accounts.repository.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findItem } from '../plans/items.repository.ts';
import { createItem } from '../plans/items.write.ts';
import { insertPlan } from '../plans/plans.repository.ts';
import type { Plan } from '../plans/plans.table.ts';
import { recordProgressUpdate } from '../plans/updates.service.ts';
import { storedText } from '../registry/registry.presenter.ts';
import {
  decisionIdsByNumber,
  eventIdByTitle,
  hasPlanTitled,
  lockDemoLoad,
  organisationIdsBySlug,
} from './demo.repository.ts';
import { DEMO_EVENTS } from './meetings.data.ts';
import { DEMO_PLANS, type DemoItem, type DemoPlan, PLAN_2019 } from './plans.data.ts';

// Loads the demo action plans through the plans module's own item and update steps, so that codes,
// periods, roll-ups and audit entries are exactly what the API would make.

type Lookup = (kind: string, key: string) => string;

async function lookups(trx: Kysely<Database>): Promise<Lookup | undefined> {
  const orgs = await organisationIdsBySlug(trx, ['ots-secretariat', 'az-state-committee-diaspora', 'tr-ytb']);
  const events = new Map<string, string>();
  for (const e of DEMO_EVENTS) {
    const id = await eventIdByTitle(trx, String(storedText(e.title).en?.value), e.startDate);
    if (id) events.set(e.key, id);
  }
  if (orgs.size < 3 || !events.has('cg-5')) return undefined;
  const accounts = new Map<string, string>();
  for (const email of DEMO_PLANS.flatMap((p) => p.items.flatMap((i) => (i.updates ?? []).map((u) => u.by)))) {
    const account = await findAccountByEmail(trx, email);
    if (account) accounts.set(email, account.id);
  }
  const maps: Record<string, Map<string, string>> = { org: orgs, event: events, account: accounts };
  return (kind, key) => {
    const id = maps[kind]?.get(key);
    if (!id) throw new Error(`demo plans: unknown ${kind} ${key}`);
    return id;
  };
}

async function loadItem(
  trx: Kysely<Database>,
  plan: Plan,
  item: DemoItem,
  idOf: Lookup,
  decisions: Map<number, string>,
) {
  const row = await createItem(trx, SYSTEM_CONTEXT, plan, {
    code: item.code,
    title: item.title,
    description: item.description ?? null,
    responsibleIds: (item.responsible ?? []).map((s) => idOf('org', s)),
    supportingIds: (item.supporting ?? []).map((s) => idOf('org', s)),
    countries: item.countries ?? [],
    region: item.region ?? null,
    periodText: item.periodText ?? null,
    periodStart: item.periodStart ?? null,
    periodEnd: item.periodEnd ?? null,
    ...(item.status ? { status: item.status } : {}),
    ...(item.progress !== undefined ? { progress: item.progress } : {}),
    weight: item.weight ?? 1,
    decisionIds: (item.decisions ?? []).map((n) => decisions.get(n) ?? idOf('decision', String(n))),
    evidence: (item.evidence ?? []).map((key) => ({ type: 'event' as const, id: idOf('event', key) })),
  });
  for (const u of item.updates ?? []) {
    const current = (await findItem(trx, row.id)) ?? row;
    const { by, organisation, evidence, ...input } = u;
    await recordProgressUpdate(
      trx,
      SYSTEM_CONTEXT,
      { plan, item: current },
      {
        ...input,
        evidence: (evidence ?? []).map((key) => ({ type: 'event' as const, id: idOf('event', key) })),
      },
      { accountId: idOf('account', by), organisationId: idOf('org', organisation) },
    );
  }
}

async function loadPlan(trx: Kysely<Database>, p: DemoPlan, idOf: Lookup) {
  const eventId = idOf('event', p.adoptedAt);
  const plan = await insertPlan(trx, {
    title: JSON.stringify(storedText(p.title)),
    description: JSON.stringify(storedText(p.description)),
    period_start: p.periodStart,
    period_end: p.periodEnd,
    adopted_at_event_id: eventId,
    owner_org_id: idOf('org', 'ots-secretariat'),
    visibility: 'public',
  });
  await recordAudit(trx, SYSTEM_CONTEXT, {
    action: 'plan.created',
    entityType: 'plan',
    entityId: plan.id,
    after: { title: p.title },
  });
  const decisions = await decisionIdsByNumber(trx, eventId);
  for (const item of p.items) await loadItem(trx, plan, item, idOf, decisions);
  return p.items.length;
}

/**
 * Adds the demo action plans (2018 and 2019) to a database that holds the demo meetings and no
 * demo plan yet, in one transaction with one `demo.plans_loaded` audit entry. Any other database
 * is left alone. Returns whether it loaded anything.
 */
export async function seedDemoPlans(db: Kysely<Database>, log: Logger): Promise<boolean> {
  if (await hasPlanTitled(db, PLAN_2019.title.en)) return false;
  const done = await db.transaction().execute(async (trx) => {
    await lockDemoLoad(trx);
    if (await hasPlanTitled(trx, PLAN_2019.title.en)) return undefined;
    const idOf = await lookups(trx);
    if (!idOf) return undefined;
    let items = 0;
    for (const plan of DEMO_PLANS) items += await loadPlan(trx, plan, idOf);
    const summary = { plans: DEMO_PLANS.length, items };
    await recordAudit(trx, SYSTEM_CONTEXT, {
      action: 'demo.plans_loaded',
      entityType: 'demo',
      entityId: null,
      after: summary,
    });
    return summary;
  });
  if (!done) return false;
  log.info(done, 'demo plans loaded');
  return true;
}
