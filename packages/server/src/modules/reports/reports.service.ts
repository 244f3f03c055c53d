import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { groupBy } from '../../lib/group-by.ts';
import type { Actor } from '../accounts/actor.ts';
import { decisionViews, eventItems } from '../meetings/events.detail.ts';
import { findEvents } from '../meetings/events.repository.ts';
import { meetingsReadScope } from '../meetings/meetings.policy.ts';
import { refNames } from '../registry/organisation-refs.ts';
import { readableOrganisation } from '../registry/registry.references.ts';
import { itemsOfTheYear, organisationItems } from './reports.items.ts';
import {
  perMonth,
  presentDecisionEvent,
  presentMemberState,
  presentReportEvent,
} from './reports.presenter.ts';
import {
  decisionsOfOrganisation,
  eventsOfBodies,
  eventsOfOrganisation,
  eventsPerMonth,
  memberStates,
  stateBodies,
  type Year,
} from './reports.repository.ts';
import type { NetworkReport, OrganisationReport } from './reports.schema.ts';

// The yearly reports (ADR 0020), built only from what the caller may read: events through the
// meetings' read scope, organisations through the registry's, plan items through their plan's.
// Reads only, so no transaction: each query sees committed data.

/** The year asked for (default: this year, UTC) as inclusive dates. */
export function yearOf(year: number | undefined): Year & { year: number } {
  const y = year ?? new Date().getUTCFullYear();
  return { year: y, from: `${y}-01-01`, to: `${y}-12-31` };
}

async function decisionsPart(db: Kysely<Database>, actor: Actor, orgId: string, year: Year) {
  const decisions = await decisionsOfOrganisation(db, meetingsReadScope(actor), orgId, year);
  const events = await eventItems(
    db,
    await findEvents(
      db,
      decisions.map((d) => d.event_id),
    ),
  );
  const byId = new Map(events.map((e) => [e.id, e]));
  const views = await decisionViews(db, actor, decisions, (id) => byId.get(id)?.reference ?? null);
  return views.flatMap((v) => {
    const event = byId.get(v.eventId);
    return event ? [{ ...v, event: presentDecisionEvent(event) }] : [];
  });
}

/**
 * The yearly report of one organisation as `actor` may read it: the events it organised, hosted,
 * owned or joined, the plan items it is responsible for with their updates of the year, the
 * decisions it is responsible for, and the events per month.
 * @throws AppError NOT_FOUND when the organisation does not exist or the actor may not read it
 */
export async function organisationReport(
  deps: AppDeps,
  actor: Actor,
  orgId: string,
  wanted?: number,
): Promise<OrganisationReport> {
  const { db } = deps;
  await readableOrganisation(db, actor, orgId);
  const year = yearOf(wanted);
  const [rows, items, decisions, names] = await Promise.all([
    eventsOfOrganisation(db, meetingsReadScope(actor), orgId, year),
    organisationItems(db, actor, orgId, year),
    decisionsPart(db, actor, orgId, year),
    refNames(db, [orgId]),
  ]);
  const references = new Map((await eventItems(db, rows)).map((e) => [e.id, e.reference]));
  const events = rows.map((e) => presentReportEvent(e, references.get(e.id) ?? null));
  return {
    organisation: { id: orgId, name: names.get(orgId) ?? '' },
    year: year.year,
    events,
    items,
    decisions,
    charts: { eventsPerMonth: perMonth(events.map((e) => e.start)) },
  };
}

/**
 * The network's yearly report as `actor` may read it: per OTS member state its state bodies and
 * how many events they owned, organised or hosted; the plan items of the year; and the charts.
 */
export async function networkReport(
  deps: AppDeps,
  actor: Actor,
  wanted?: number,
  lang = 'en',
): Promise<NetworkReport> {
  const { db } = deps;
  const scope = meetingsReadScope(actor);
  const year = yearOf(wanted);
  const states = await memberStates(db, lang);
  const bodies = await stateBodies(
    db,
    scope,
    states.map((s) => s.countryCode),
  );
  const countryOf = new Map(bodies.map((b) => [b.id, b.countryCode]));
  const [pairs, months, plan] = await Promise.all([
    eventsOfBodies(
      db,
      scope,
      bodies.map((b) => b.id),
      year,
    ),
    eventsPerMonth(db, scope, year),
    itemsOfTheYear(db, actor, year),
  ]);
  const eventsOf = groupBy(pairs, (p) => countryOf.get(p.organisationId) ?? '');
  const bodiesOf = groupBy(bodies, (b) => b.countryCode);
  const memberStatesView = states.map((s) => {
    const cc = s.countryCode;
    const own = plan.items.filter((i) => i.responsible.some((r) => countryOf.get(r.id) === cc));
    return presentMemberState(s, bodiesOf.get(cc) ?? [], eventsOf.get(cc) ?? [], own, plan.updates);
  });
  return {
    year: year.year,
    memberStates: memberStatesView,
    items: plan.items,
    charts: {
      progressByMemberState: memberStatesView.map(({ countryCode, name, progress }) => ({
        countryCode,
        name,
        progress,
      })),
      eventsPerMonth: months,
    },
  };
}
