import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { groupBy } from '../../lib/group-by.ts';
import type { Actor } from '../accounts/actor.ts';
import { organisationSummaries } from '../registry/organisations.repository.ts';
import { primaryOf } from '../registry/people.presenter.ts';
import { findPeople, namesOfPeople } from '../registry/people.repository.ts';
import { canReadPerson, canReadRecord } from '../registry/registry.policy.ts';

// Names of the registry records an event refers to, for the records the caller may read only.

/** The names of people the actor may read, by id; the others are left out. */
export async function readablePeopleNames(db: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  const [people, names] = await Promise.all([findPeople(db, ids), namesOfPeople(db, ids)]);
  const byPerson = groupBy(names, (n) => n.person_id);
  return new Map(
    people.filter((p) => canReadPerson(actor, p)).map((p) => [p.id, primaryOf(byPerson.get(p.id) ?? [])]),
  );
}

/** The names of organisations the actor may read, by id. */
export async function readableOrganisationNames(db: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  const summaries = await organisationSummaries(db, ids);
  return new Map([...summaries.values()].filter((s) => canReadRecord(actor, s)).map((s) => [s.id, s.name]));
}
