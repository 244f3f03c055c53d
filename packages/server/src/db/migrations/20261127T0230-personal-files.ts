import { type Kysely, sql } from 'kysely';

// Frozen in time: no application imports. Personal files (issue 6, ADR 0011 "Personal files"): a
// file is owned either by an organisation or by the account that uploaded it, never both, never
// neither. A personal file goes with its account (erasure).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('files')
    .addColumn('owner_account_id', 'uuid', (c) => c.references('accounts.id').onDelete('cascade'))
    .execute();
  await db.schema
    .alterTable('files')
    .alterColumn('owner_org_id', (c) => c.dropNotNull())
    .execute();
  await db.schema
    .alterTable('files')
    .addCheckConstraint('files_one_owner', sql`(owner_org_id is null) <> (owner_account_id is null)`)
    .execute();
  await db.schema
    .createIndex('files_owner_account')
    .on('files')
    .columns(['owner_account_id', 'created_at'])
    .where(sql.ref('owner_account_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('files').where('owner_account_id', 'is not', null).execute();
  await db.schema.dropIndex('files_owner_account').execute();
  await db.schema.alterTable('files').dropConstraint('files_one_owner').execute();
  await db.schema
    .alterTable('files')
    .alterColumn('owner_org_id', (c) => c.setNotNull())
    .execute();
  await db.schema.alterTable('files').dropColumn('owner_account_id').execute();
}
