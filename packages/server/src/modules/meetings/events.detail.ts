import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { groupBy } from '../../lib/group-by.ts';
import type { Actor } from '../accounts/actor.ts';
import { placeLabels } from '../registry/places.repository.ts';
import { flattenText } from '../registry/registry.presenter.ts';
import { bodiesOfDecisions, decisionsOfEvents, followUpsOfDecisions } from './decisions.repository.ts';
import { findEvent, organisationsOfEvents, seriesByIds, subEventsOf } from './events.repository.ts';
import type { EventWithBodies } from './meetings.access.ts';
import { readableOrganisationNames, readablePeopleNames } from './meetings.names.ts';
import { canEditEvent, canReadEvent, meetingsReadScope } from './meetings.policy.ts';
import {
  type EventContext,
  meetingReference,
  presentDecision,
  presentDelegation,
  presentEventItem,
  presentMyInvitation,
  presentParticipant,
} from './meetings.presenter.ts';
import type { Decision, Event } from './meetings.table.ts';
import { delegationsOfEvents, participantsOfEvents, personOfAccount } from './participation.repository.ts';
import { programmeViews } from './programme.views.ts';

/** What presenting these events as list items needs: their series and places. */
export async function eventContext(
  db: Kysely<Database>,
  events: readonly Event[],
  tz?: string,
): Promise<EventContext> {
  const [series, places] = await Promise.all([
    seriesByIds(
      db,
      events.flatMap((e) => (e.series_id ? [e.series_id] : [])),
    ),
    placeLabels(
      db,
      events.flatMap((e) => (e.place_id ? [e.place_id] : [])),
    ),
  ]);
  return { series, places, tz };
}

/** Events as list items. */
export async function eventItems(db: Kysely<Database>, events: readonly Event[], tz?: string) {
  const context = await eventContext(db, events, tz);
  return events.map((e) => presentEventItem(e, context));
}

/** Decisions presented with their meeting's reference, responsible bodies and follow-ups. */
export async function decisionViews(
  db: Kysely<Database>,
  actor: Actor,
  decisions: readonly Decision[],
  meetingOf: (eventId: string) => string | null,
) {
  const ids = decisions.map((d) => d.id);
  const [bodies, followUps] = await Promise.all([bodiesOfDecisions(db, ids), followUpsOfDecisions(db, ids)]);
  const names = await readableOrganisationNames(
    db,
    actor,
    bodies.map((b) => b.organisation_id),
  );
  const bodiesOf = groupBy(bodies, (b) => b.decision_id);
  const followUpsOf = groupBy(followUps, (f) => f.decision_id);
  return decisions.map((d) =>
    presentDecision(
      d,
      meetingOf(d.event_id),
      (bodiesOf.get(d.id) ?? []).flatMap((b) => {
        const name = names.get(b.organisation_id);
        return name === undefined ? [] : [{ id: b.organisation_id, name }];
      }),
      followUpsOf.get(d.id) ?? [],
    ),
  );
}

/**
 * Gathers and presents everything the detail view of an event shows to `actor`: people,
 * organisations and sub-events the actor may not see are left out.
 */
export async function loadEventDetail(
  db: Kysely<Database>,
  actor: Actor,
  found: EventWithBodies,
  tz?: string,
) {
  const { event } = found;
  const scope = meetingsReadScope(actor);
  const [organisations, subEvents, programme, delegations, participants, decisions, parent, own] =
    await Promise.all([
      organisationsOfEvents(db, [event.id]),
      subEventsOf(db, scope, event.id),
      programmeViews(db, actor, event),
      delegationsOfEvents(db, [event.id]),
      participantsOfEvents(db, [event.id]),
      decisionsOfEvents(db, [event.id]),
      event.parent_id ? subEventParent(db, actor, event.parent_id) : null,
      actor.kind === 'account' ? personOfAccount(db, actor.accountId) : null,
    ]);
  const context = await eventContext(db, [event, ...subEvents], tz);
  const orgNames = await readableOrganisationNames(db, actor, [
    ...organisations.map((o) => o.organisation_id),
    ...delegations.flatMap((d) => (d.organisation_id ? [d.organisation_id] : [])),
    ...(event.owner_org_id ? [event.owner_org_id] : []),
  ]);
  const people = await readablePeopleNames(db, actor, [
    ...participants.map((p) => p.person_id),
    ...delegations.flatMap((d) => (d.head_person_id ? [d.head_person_id] : [])),
  ]);
  const meeting = meetingReference(
    event.series_id ? context.series.get(event.series_id) : undefined,
    event.number,
  );
  const item = presentEventItem(event, context);
  return {
    ...item,
    summary: flattenText(event.summary),
    parent,
    owner:
      event.owner_org_id && orgNames.has(event.owner_org_id)
        ? { id: event.owner_org_id, name: orgNames.get(event.owner_org_id) ?? '' }
        : null,
    organisations: organisations.flatMap((o) => {
      const name = orgNames.get(o.organisation_id);
      return name === undefined ? [] : [{ organisation: { id: o.organisation_id, name }, role: o.role }];
    }),
    subEvents: subEvents.map((e) => presentEventItem(e, context)),
    programme,
    delegations: delegations.map((d) =>
      presentDelegation(
        { ...d, head_person_id: d.head_person_id && people.has(d.head_person_id) ? d.head_person_id : null },
        { organisations: orgNames, people },
      ),
    ),
    participants: participants
      .filter((p) => people.has(p.person_id))
      .map((p) => presentParticipant(p, people)),
    decisions: await decisionViews(db, actor, decisions, () => meeting),
    canEdit: canEditEvent(actor, found.bodies),
    // The caller's own invitation, even where their person record is not readable to them: it is
    // theirs to answer (canAnswerInvitation), and it names no one else.
    myInvitation: presentMyInvitation(participants.find((p) => own !== null && p.person_id === own)),
  };
}

/** The parent of a sub-event, when the actor may see it. */
async function subEventParent(db: Kysely<Database>, actor: Actor, parentId: string) {
  const parent = await findEvent(db, parentId);
  if (!parent) return null;
  const organisations = await organisationsOfEvents(db, [parent.id]);
  const visible = canReadEvent(actor, {
    visibility: parent.visibility,
    owner_org_id: parent.owner_org_id,
    organisationIds: organisations.map((o) => o.organisation_id),
  });
  return visible ? { id: parent.id, title: flattenText(parent.title) ?? {} } : null;
}
