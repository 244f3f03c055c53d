import type { Kysely } from 'kysely';

// Frozen in time: no application imports.
// When the reminder before an event went to an invited participant (at most one per invitation).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('event_participants').addColumn('reminded_at', 'timestamptz').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('event_participants').dropColumn('reminded_at').execute();
}
