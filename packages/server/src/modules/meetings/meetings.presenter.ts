import { countryCodeOf, flattenText } from '../registry/registry.presenter.ts';
import type { LocalizedText } from '../registry/registry.table.ts';
import type {
  Decision,
  Delegation,
  Event,
  EventSeries,
  MediaLink,
  Participant,
  ProgrammeItem,
} from './meetings.table.ts';
import { localIn, shortTime } from './meetings.time.ts';

// One presenter per entity: rows (and the names of what they refer to) → API objects.

type Ref = { id: string; name: string };
type Names = ReadonlyMap<string, string>;
const refOf = (id: string | null, names: Names): Ref | null =>
  id ? { id, name: names.get(id) ?? '' } : null;
const text = (t: LocalizedText | null) => flattenText(t);
const iso = (d: Date | null) => d?.toISOString() ?? null;

/** A meeting's reference in its series: "CG-5"; null outside a numbered series. */
export function meetingReference(series: EventSeries | undefined, number: number | null): string | null {
  return series && number !== null ? `${series.code}-${number}` : null;
}

/** A decision's reference: "CG-5/3", or "#3" when its event is not a numbered meeting. */
export function decisionReference(meeting: string | null, number: number): string {
  return meeting ? `${meeting}/${number}` : `#${number}`;
}

function timePoint(date: string, time: string | null, zone: string, utc: Date, viewerZone?: string) {
  return {
    date,
    time: shortTime(time),
    timeZone: zone,
    utc: utc.toISOString(),
    ...(viewerZone ? { inZone: { ...localIn(utc, viewerZone), timeZone: viewerZone } } : {}),
  };
}

/** What presenting an event needs besides its row. */
export interface EventContext {
  series: ReadonlyMap<string, EventSeries>;
  places: Names;
  /** The viewer's zone (`?tz=`), to add `inZone` to each time. */
  tz?: string | undefined;
}

/** One event as lists show it. */
export function presentEventItem(e: Event, c: EventContext) {
  const series = e.series_id ? c.series.get(e.series_id) : undefined;
  return {
    id: e.id,
    kind: e.kind,
    title: text(e.title) ?? {},
    series: series ? { id: series.id, code: series.code, title: text(series.title) ?? {} } : null,
    number: e.number,
    reference: meetingReference(series, e.number),
    parentId: e.parent_id,
    start: timePoint(e.start_date, e.start_time, e.time_zone, e.starts_at, c.tz),
    end: timePoint(e.end_date, e.end_time, e.time_zone, e.ends_at, c.tz),
    allDay: e.start_time === null,
    countryCode: countryCodeOf(e.country_code),
    place: refOf(e.place_id, c.places),
    venue: e.venue,
    status: e.status,
    visibility: e.visibility,
  };
}
export type EventItem = ReturnType<typeof presentEventItem>;

/** What the audit log keeps of an event: its own fields. */
export function eventSnapshot(e: Event, organisations: { organisation_id: string; role: string }[]) {
  return {
    kind: e.kind,
    title: text(e.title),
    summary: text(e.summary),
    seriesId: e.series_id,
    number: e.number,
    parentId: e.parent_id,
    start: { date: e.start_date, time: shortTime(e.start_time), utc: e.starts_at.toISOString() },
    end: { date: e.end_date, time: shortTime(e.end_time), utc: e.ends_at.toISOString() },
    timeZone: e.time_zone,
    countryCode: countryCodeOf(e.country_code),
    placeId: e.place_id,
    venue: e.venue,
    status: e.status,
    organisations: organisations.map((o) => ({ organisationId: o.organisation_id, role: o.role })),
    ownerOrgId: e.owner_org_id,
    visibility: e.visibility,
  };
}

/** One series as lists show it. */
export function presentSeriesItem(s: EventSeries, owners: Names, meetings: number) {
  return {
    id: s.id,
    code: s.code,
    title: text(s.title) ?? {},
    visibility: s.visibility,
    owner: refOf(s.owner_org_id, owners),
    meetings,
  };
}

/** What the audit log keeps of a series. */
export function seriesSnapshot(s: EventSeries) {
  return {
    code: s.code,
    title: text(s.title),
    description: text(s.description),
    ownerOrgId: s.owner_org_id,
    visibility: s.visibility,
  };
}

/** A speaker with the position they held, already resolved. */
export interface SpeakerView {
  personId: string;
  name: string;
  position: { positionId: string | null; title: LocalizedText; organisation: Ref | null } | null;
}

/** One programme item, given its speakers, documents and the names it refers to. */
export function presentProgrammeItem(
  item: ProgrammeItem,
  speakers: SpeakerView[],
  documents: string[],
  names: { places: Names; organisations: Names },
) {
  const hasDelegation = item.delegation_org_id !== null || item.delegation_country !== null;
  return {
    id: item.id,
    position: item.position,
    kind: item.kind,
    title: text(item.title),
    summary: text(item.summary),
    startTime: shortTime(item.start_time),
    visitedPlace: refOf(item.visited_place_id, names.places),
    visitedPlaceText: item.visited_place_text,
    delegation: hasDelegation
      ? {
          organisation: refOf(item.delegation_org_id, names.organisations),
          countryCode: countryCodeOf(item.delegation_country),
        }
      : null,
    speakers: speakers.map((s) => ({
      personId: s.personId,
      name: s.name,
      position: s.position ? { ...s.position, title: text(s.position.title) ?? {} } : null,
    })),
    mediaLinks: (item.media_links as MediaLink[]).map((l) => ({ url: l.url, label: l.label ?? null })),
    documents: documents.map((fileId) => ({ fileId })),
  };
}

/** One delegation. */
export function presentDelegation(d: Delegation, names: { organisations: Names; people: Names }) {
  return {
    id: d.id,
    countryCode: countryCodeOf(d.country_code),
    organisation: refOf(d.organisation_id, names.organisations),
    head: refOf(d.head_person_id, names.people),
  };
}

/** One participant. */
export function presentParticipant(p: Participant, people: Names) {
  return {
    id: p.id,
    person: { id: p.person_id, name: people.get(p.person_id) ?? '' },
    delegationId: p.delegation_id,
    role: p.role,
    invitation: p.invitation,
    invitedAt: iso(p.invited_at),
    respondedAt: iso(p.responded_at),
    attendance: p.attendance,
  };
}

/** The signed-in account's own invitation to an event: its participant row, when invited. */
export function presentMyInvitation(p: Participant | undefined) {
  if (!p?.invitation) return null;
  return { participantId: p.id, invitation: p.invitation, respondedAt: iso(p.responded_at) };
}

/** One decision, given its meeting's reference, responsible bodies and follow-ups. */
export function presentDecision(
  d: Decision,
  meeting: string | null,
  bodies: Ref[],
  followUps: { target_type: string; target_id: string }[],
) {
  return {
    id: d.id,
    eventId: d.event_id,
    number: d.number,
    reference: decisionReference(meeting, d.number),
    text: text(d.text) ?? {},
    dueText: text(d.due_text),
    dueFrom: d.due_from,
    dueTo: d.due_to,
    status: d.status,
    responsibleBodies: bodies,
    followUps: followUps.map((f) => ({ targetType: f.target_type, targetId: f.target_id })),
  };
}
export type DecisionView = ReturnType<typeof presentDecision>;
