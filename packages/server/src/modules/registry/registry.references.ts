import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import type { Actor } from '../accounts/actor.ts';
import { findOrganisation } from './organisations.repository.ts';
import { findPerson } from './people.repository.ts';
import { findPlace } from './places.repository.ts';
import { canReadPerson, canReadRecord } from './registry.policy.ts';
import type { Organisation, Person, Place } from './registry.table.ts';

/** A 400 about one field of the request, addressed by its path (`body.parentId`). */
export const invalidField = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', 'Some fields are not valid.', { errors: [{ path, message }] });

/**
 * The organisation a request refers to by id, when it exists and the actor may see it.
 * @throws AppError VALIDATION_FAILED at `path` otherwise (an unseen record is as good as none)
 */
export async function referencedOrganisation(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  path: string,
): Promise<Organisation> {
  const org = await findOrganisation(db, id);
  if (!org || !canReadRecord(actor, org)) throw invalidField(path, 'is not a known organisation');
  return org;
}

/**
 * The place a request refers to by id (places are public).
 * @throws AppError VALIDATION_FAILED at `path` when there is none
 */
export async function referencedPlace(db: Kysely<Database>, id: string, path: string): Promise<Place> {
  const place = await findPlace(db, id);
  if (!place) throw invalidField(path, 'is not a known place');
  return place;
}

/**
 * An organisation the actor may read, found by id.
 * @throws AppError NOT_FOUND when there is none or the actor may not see it
 */
export async function readableOrganisation(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<Organisation> {
  const org = await findOrganisation(db, id);
  if (!org || !canReadRecord(actor, org)) throw notFound('The organisation');
  return org;
}

/**
 * A person the actor may read, found by id.
 * @throws AppError NOT_FOUND when there is none or the actor may not see them
 */
export async function readablePerson(db: Kysely<Database>, actor: Actor, id: string): Promise<Person> {
  const person = await findPerson(db, id);
  if (!person || !canReadPerson(actor, person)) throw notFound('The person');
  return person;
}
