import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { groupBy } from '../../lib/group-by.ts';
import type { Actor } from '../accounts/actor.ts';
import { placeLabels } from '../registry/places.repository.ts';
import { positionsOfPeople } from '../registry/positions.repository.ts';
import type { LocalizedText, Position } from '../registry/registry.table.ts';
import { readableOrganisationNames, readablePeopleNames } from './meetings.names.ts';
import { presentProgrammeItem, type SpeakerView } from './meetings.presenter.ts';
import type { Event, ProgrammeItem, Speaker } from './meetings.table.ts';
import { documentsOfItems, programmeOfEvents, speakersOfItems } from './programme.repository.ts';

/**
 * The registry position a person held on `day`: the one whose dates cover it (open ends count),
 * the latest started first; undefined when none does.
 */
export function positionOn(positions: readonly Position[], day: string): Position | undefined {
  return positions
    .filter((p) => (p.from_date === null || p.from_date <= day) && (p.to_date === null || p.to_date >= day))
    .sort((a, b) => (b.from_date ?? '').localeCompare(a.from_date ?? ''))[0];
}

/** What a speaker is shown as: the explicit title, the explicit position, or the one held that day. */
function speakerPosition(
  s: Speaker,
  positions: readonly Position[],
  day: string,
  organisations: ReadonlyMap<string, string>,
): SpeakerView['position'] {
  const held = s.position_id ? positions.find((p) => p.id === s.position_id) : positionOn(positions, day);
  const organisation =
    held && organisations.has(held.organisation_id)
      ? { id: held.organisation_id, name: organisations.get(held.organisation_id) ?? '' }
      : null;
  if (s.title) return { positionId: held?.id ?? null, title: s.title as LocalizedText, organisation };
  return held ? { positionId: held.id, title: held.title as LocalizedText, organisation } : null;
}

/** Programme items presented for `actor`: speakers the actor may not read are left out. */
export async function presentItems(
  db: Kysely<Database>,
  actor: Actor,
  event: Event,
  items: readonly ProgrammeItem[],
) {
  const itemIds = items.map((i) => i.id);
  const [speakers, documents] = await Promise.all([
    speakersOfItems(db, itemIds),
    documentsOfItems(db, itemIds),
  ]);
  const personIds = speakers.map((s) => s.person_id);
  const [people, positions] = await Promise.all([
    readablePeopleNames(db, actor, personIds),
    positionsOfPeople(db, personIds),
  ]);
  const [organisations, places] = await Promise.all([
    readableOrganisationNames(db, actor, [
      ...positions.map((p) => p.organisation_id),
      ...items.flatMap((i) => (i.delegation_org_id ? [i.delegation_org_id] : [])),
    ]),
    placeLabels(
      db,
      items.flatMap((i) => (i.visited_place_id ? [i.visited_place_id] : [])),
    ),
  ]);
  const positionsOf = groupBy(positions, (p) => p.person_id);
  const speakersOf = groupBy(speakers, (s) => s.item_id);
  const documentsOf = groupBy(documents, (d) => d.item_id);
  return items.map((item) =>
    presentProgrammeItem(
      item,
      (speakersOf.get(item.id) ?? [])
        .filter((s) => people.has(s.person_id))
        .map((s) => ({
          personId: s.person_id,
          name: people.get(s.person_id) ?? '',
          position: speakerPosition(s, positionsOf.get(s.person_id) ?? [], event.start_date, organisations),
        })),
      (documentsOf.get(item.id) ?? []).map((d) => d.file_id),
      { places, organisations },
    ),
  );
}

/** The ordered programme of an event as `actor` sees it. */
export async function programmeViews(db: Kysely<Database>, actor: Actor, event: Event) {
  return presentItems(db, actor, event, await programmeOfEvents(db, [event.id]));
}
