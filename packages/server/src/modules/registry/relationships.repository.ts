import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Relationship } from './registry.table.ts';

/** Every relationship an organisation takes part in, either side, oldest first. */
export async function listRelationships(
  db: Kysely<Database>,
  organisationId: string,
): Promise<Relationship[]> {
  return db
    .selectFrom('organisation_relationships')
    .selectAll()
    .where((eb) => eb.or([eb('from_org_id', '=', organisationId), eb('to_org_id', '=', organisationId)]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Records a typed, dated relationship from one organisation to another. */
export async function insertRelationship(
  db: Kysely<Database>,
  relationship: Omit<Relationship, 'id' | 'created_at'>,
): Promise<Relationship> {
  return db
    .insertInto('organisation_relationships')
    .values(relationship)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes a relationship `organisationId` takes part in; undefined when there is none such. */
export async function deleteRelationship(
  db: Kysely<Database>,
  organisationId: string,
  relationshipId: string,
): Promise<Relationship | undefined> {
  return db
    .deleteFrom('organisation_relationships')
    .where('id', '=', relationshipId)
    .where((eb) => eb.or([eb('from_org_id', '=', organisationId), eb('to_org_id', '=', organisationId)]))
    .returningAll()
    .executeTakeFirst();
}
