import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { SYSTEM_CONTEXT } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertFollowUp, insertNextDecision, replaceBodies } from '../meetings/decisions.repository.ts';
import { insertEvent, insertSeries, replaceEventOrganisations } from '../meetings/events.repository.ts';
import { insertDelegation, insertParticipant } from '../meetings/participation.repository.ts';
import { insertProgrammeItem, replaceSpeakers } from '../meetings/programme.repository.ts';
import { eventInstants } from '../meetings/meetings.time.ts';
import { placeIdsBySlug } from '../registry/gazetteer/gazetteer.repository.ts';
import { storedText } from '../registry/registry.presenter.ts';
import { lockDemoLoad, organisationIdsBySlug, personIdsBySlug } from './demo.repository.ts';
import { DEMO_EVENTS, DEMO_SERIES, type DemoEvent } from './meetings.data.ts';

/** The record whose presence tells that the demo network was loaded into this database. */
const DEMO_MARKER = 'demo-az-cultural-association-berlin';

const json = (text: Parameters<typeof storedText>[0]) => JSON.stringify(storedText(text));

interface Ids {
  orgs: Map<string, string>;
  people: Map<string, string>;
  places: Map<string, string>;
  series: Map<string, string>;
  events: Map<string, string>;
}

function idOf(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`demo meetings: unknown ${key}`);
  return id;
}

async function hasDemoMeetings(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('event_series').select('id').where('code', '=', 'CG').executeTakeFirst();
  return row !== undefined;
}

async function insertDemoEvent(trx: Kysely<Database>, e: DemoEvent, ids: Ids): Promise<string> {
  const timeZone = await zoneOf(trx, idOf(ids.places, e.city));
  const local = { startDate: e.startDate, startTime: null, endDate: e.endDate, endTime: null, timeZone };
  const { startsAt, endsAt } = eventInstants(local);
  const row = await insertEvent(trx, {
    kind: e.kind,
    title: json(e.title),
    summary: e.summary ? json(e.summary) : null,
    series_id: e.series ? idOf(ids.series, e.series.code) : null,
    number: e.series?.number ?? null,
    parent_id: e.parent ? idOf(ids.events, e.parent) : null,
    start_date: e.startDate,
    start_time: null,
    end_date: e.endDate,
    end_time: null,
    time_zone: timeZone,
    starts_at: startsAt,
    ends_at: endsAt,
    country_code: e.countryCode,
    place_id: idOf(ids.places, e.city),
    venue: e.venue ?? null,
    status: 'held',
    owner_org_id: idOf(ids.orgs, e.owner),
    visibility: 'public',
  });
  await replaceEventOrganisations(
    trx,
    row.id,
    e.organisations.map((o) => ({ organisationId: idOf(ids.orgs, o.organisation), role: o.role })),
  );
  return row.id;
}

async function zoneOf(trx: Kysely<Database>, placeId: string): Promise<string> {
  const place = await trx
    .selectFrom('places')
    .select('time_zone')
    .where('id', '=', placeId)
    .executeTakeFirst();
  return place?.time_zone ?? 'UTC';
}

async function insertProgramme(trx: Kysely<Database>, eventId: string, e: DemoEvent, ids: Ids) {
  for (const [position, item] of (e.programme ?? []).entries()) {
    const row = await insertProgrammeItem(trx, {
      event_id: eventId,
      position,
      kind: item.kind,
      title: json(item.title),
      summary: item.summary ? json(item.summary) : null,
      visited_place_text: item.visitedPlaceText ?? null,
      delegation_org_id: item.delegation?.organisation ? idOf(ids.orgs, item.delegation.organisation) : null,
      delegation_country: item.delegation?.country ?? null,
    });
    const speakers = (item.speakers ?? []).map((slug) => ({
      personId: idOf(ids.people, slug),
      positionId: null,
      title: null,
    }));
    await replaceSpeakers(trx, row.id, speakers);
  }
}

async function insertParticipation(trx: Kysely<Database>, eventId: string, e: DemoEvent, ids: Ids) {
  const delegations = new Map<string, string>();
  for (const d of e.delegations ?? []) {
    const row = await insertDelegation(trx, eventId, {
      country_code: d.country,
      organisation_id: idOf(ids.orgs, d.organisation),
      head_person_id: d.head ? idOf(ids.people, d.head) : null,
    });
    delegations.set(d.organisation, row.id);
  }
  for (const p of e.participants ?? []) {
    await insertParticipant(trx, {
      event_id: eventId,
      person_id: idOf(ids.people, p.person),
      delegation_id: p.delegation ? (delegations.get(p.delegation) ?? null) : null,
      role: p.role,
      attendance: 'present',
    });
  }
}

async function insertDecisions(trx: Kysely<Database>, eventId: string, e: DemoEvent, ids: Ids) {
  for (const d of e.decisions ?? []) {
    const row = await insertNextDecision(trx, {
      event_id: eventId,
      text: json(d.text),
      due_text: d.dueText ? json(d.dueText) : null,
      due_from: d.dueFrom ?? null,
      due_to: d.dueTo ?? null,
      status: d.followedUpBy ? 'done' : 'open',
    });
    await replaceBodies(
      trx,
      row.id,
      d.responsible.map((slug) => idOf(ids.orgs, slug)),
    );
    if (d.followedUpBy) await insertFollowUp(trx, row.id, 'event', idOf(ids.events, d.followedUpBy));
  }
}

async function loadMeetings(trx: Kysely<Database>, orgs: Map<string, string>) {
  const ids: Ids = {
    orgs,
    people: await personIdsBySlug(trx, [
      ...new Set(
        DEMO_EVENTS.flatMap((e) => [
          ...(e.programme ?? []).flatMap((i) => i.speakers ?? []),
          ...(e.participants ?? []).map((p) => p.person),
        ]),
      ),
    ]),
    places: await placeIdsBySlug(trx, [...new Set(DEMO_EVENTS.map((e) => e.city))]),
    series: new Map(),
    events: new Map(),
  };
  const owner = idOf(orgs, 'ots-secretariat');
  for (const s of DEMO_SERIES) {
    const row = await insertSeries(trx, {
      code: s.code,
      title: json(s.title),
      description: json(s.description),
      owner_org_id: owner,
      visibility: 'public',
    });
    ids.series.set(s.code, row.id);
  }
  for (const e of DEMO_EVENTS) {
    const id = await insertDemoEvent(trx, e, ids);
    ids.events.set(e.key, id);
    await insertProgramme(trx, id, e, ids);
    await insertParticipation(trx, id, e, ids);
    await insertDecisions(trx, id, e, ids);
  }
  return { series: DEMO_SERIES.length, events: DEMO_EVENTS.length };
}

/**
 * Adds the demo network's series and meetings (the press-release day in full, and the meetings
 * the reference facts document) to a database that holds the demo network but no meetings yet,
 * in one transaction with one `demo.meetings_loaded` audit entry. Any other database, or one that
 * already has them, is left alone. Returns whether it loaded anything.
 */
export async function seedDemoMeetings(db: Kysely<Database>, log: Logger): Promise<boolean> {
  const slugs = [
    DEMO_MARKER,
    ...new Set(DEMO_EVENTS.flatMap((e) => [e.owner, ...e.organisations.map((o) => o.organisation)])),
    ...DEMO_EVENTS.flatMap((e) => [
      ...(e.programme ?? []).flatMap((i) => (i.delegation?.organisation ? [i.delegation.organisation] : [])),
      ...(e.delegations ?? []).map((d) => d.organisation),
      ...(e.decisions ?? []).flatMap((d) => d.responsible),
    ]),
  ];
  if (await hasDemoMeetings(db)) return false;
  const done = await db.transaction().execute(async (trx) => {
    await lockDemoLoad(trx);
    const orgs = await organisationIdsBySlug(trx, [...new Set(slugs)]);
    if (!orgs.has(DEMO_MARKER) || (await hasDemoMeetings(trx))) return undefined;
    const summary = await loadMeetings(trx, orgs);
    await recordAudit(trx, SYSTEM_CONTEXT, {
      action: 'demo.meetings_loaded',
      entityType: 'demo',
      entityId: null,
      after: summary,
    });
    return summary;
  });
  if (!done) return false;
  log.info(done, 'demo meetings loaded');
  return true;
}
