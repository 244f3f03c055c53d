import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { groupBy } from '../../lib/group-by.ts';
import type { Actor } from '../accounts/actor.ts';
import { findFile } from '../files/files.repository.ts';
import { canReadFile } from '../files/files.policy.ts';
import { findEvents, organisationsOfEvents } from '../meetings/events.repository.ts';
import { canReadEvent } from '../meetings/meetings.policy.ts';
import { decisionReference } from '../meetings/meetings.presenter.ts';
import type { Event } from '../meetings/meetings.table.ts';
import { textIn } from '../registry/registry.presenter.ts';
import { invalidField } from '../registry/registry.references.ts';
import type { EvidenceView } from './plans.presenter.ts';
import { decisionsWithEvents } from './plans.repository.ts';
import type { EvidenceRef } from './plans.table.ts';

// The records of other modules that plans and items point at — events, decisions, files — found
// for what the caller may read: for labels in responses, and to refuse a request naming others.

/** The language labels are shown in: the account's, else English. */
export const languageOf = (actor: Actor) => (actor.kind === 'account' ? actor.locale : 'en');

/** The events of `ids` the actor may read, by id. */
export async function readableEvents(db: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  const [events, organisations] = await Promise.all([findEvents(db, ids), organisationsOfEvents(db, ids)]);
  const orgsOf = groupBy(organisations, (o) => o.event_id);
  const readable = events.filter((e) =>
    canReadEvent(actor, { ...e, organisationIds: (orgsOf.get(e.id) ?? []).map((o) => o.organisation_id) }),
  );
  return new Map<string, Event>(readable.map((e) => [e.id, e]));
}

/** The decisions of `ids` whose meeting the actor may read, with their references, by id. */
export async function readableDecisions(db: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  const rows = await decisionsWithEvents(db, ids);
  const events = await readableEvents(
    db,
    actor,
    rows.map((r) => r.event_id),
  );
  const meeting = (r: (typeof rows)[number]) =>
    r.series_code && r.event_number !== null ? `${r.series_code}-${r.event_number}` : null;
  return new Map(
    rows
      .filter((r) => events.has(r.event_id))
      .map((r) => [
        r.id,
        { id: r.id, reference: decisionReference(meeting(r), r.number), eventId: r.event_id },
      ]),
  );
}

const keyOf = (e: EvidenceRef) => `${e.type}:${e.id}`;

/** The evidence of `refs` the actor may read, labelled, by `type:id` (programmes: issue 6, no label). */
export async function evidenceLabels(db: Kysely<Database>, actor: Actor, refs: readonly EvidenceRef[]) {
  const lang = languageOf(actor);
  const events = await readableEvents(
    db,
    actor,
    refs.filter((r) => r.type === 'event').map((r) => r.id),
  );
  const labels = new Map<string, EvidenceView>();
  for (const ref of refs) {
    if (ref.type === 'event') {
      const event = events.get(ref.id);
      if (event) labels.set(keyOf(ref), { ...ref, label: textIn(event.title, lang) });
    } else if (ref.type === 'file') {
      const file = await findFile(db, ref.id);
      if (file && canReadFile(actor, file)) labels.set(keyOf(ref), { ...ref, label: file.original_name });
    } else {
      labels.set(keyOf(ref), { ...ref, label: null });
    }
  }
  return labels;
}

/** `refs` shown to the actor: the readable ones, labelled, in their order. */
export function visibleEvidence(
  refs: readonly EvidenceRef[],
  labels: Map<string, EvidenceView>,
): EvidenceView[] {
  return refs.flatMap((r) => labels.get(keyOf(r)) ?? []);
}

/**
 * Checks that every piece of evidence exists and the actor may read it.
 * @throws AppError VALIDATION_FAILED at `<path>.<i>.id` for the first that does not
 */
export async function checkEvidence(
  db: Kysely<Database>,
  actor: Actor,
  refs: readonly EvidenceRef[],
  path: string,
) {
  const labels = await evidenceLabels(db, actor, refs);
  const i = refs.findIndex((r) => !labels.has(keyOf(r)));
  if (i >= 0) throw invalidField(`${path}.${i}.id`, `is not a known ${refs[i]?.type}`);
}

/**
 * Checks that every decision exists and the actor may read its meeting.
 * @throws AppError VALIDATION_FAILED at `<path>.<i>` for the first that does not
 */
export async function checkDecisions(
  db: Kysely<Database>,
  actor: Actor,
  ids: readonly string[],
  path: string,
) {
  const found = await readableDecisions(db, actor, ids);
  const i = ids.findIndex((id) => !found.has(id));
  if (i >= 0) throw invalidField(`${path}.${i}`, 'is not a known decision');
}
