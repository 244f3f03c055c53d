import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Contact, Visibility } from './registry.table.ts';

export type ContactOwnerType = 'person' | 'organisation';

/** The contacts of one person or organisation, oldest first. */
export async function listContacts(
  db: Kysely<Database>,
  entityType: ContactOwnerType,
  entityId: string,
): Promise<Contact[]> {
  return contactsOf(db, entityType, [entityId]);
}

/** The contacts of several people or organisations, oldest first. */
export async function contactsOf(
  db: Kysely<Database>,
  entityType: ContactOwnerType,
  entityIds: readonly string[],
): Promise<Contact[]> {
  if (!entityIds.length) return [];
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', [...new Set(entityIds)])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Adds a contact to a person or organisation; returns it. */
export async function insertContact(
  db: Kysely<Database>,
  entityType: ContactOwnerType,
  entityId: string,
  contact: { kind: Contact['kind']; value: string; label: string | null; visibility?: Visibility },
): Promise<Contact> {
  return db
    .insertInto('contacts')
    .values({ entity_type: entityType, entity_id: entityId, ...contact })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes one contact of the given record; returns it, or undefined when it is not that record's. */
export async function deleteContact(
  db: Kysely<Database>,
  entityType: ContactOwnerType,
  entityId: string,
  contactId: string,
): Promise<Contact | undefined> {
  return db
    .deleteFrom('contacts')
    .where('id', '=', contactId)
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .returningAll()
    .executeTakeFirst();
}

/** Deletes every contact of a record (when the record goes). */
export async function deleteContactsOf(db: Kysely<Database>, entityType: ContactOwnerType, entityId: string) {
  await db
    .deleteFrom('contacts')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .execute();
}
