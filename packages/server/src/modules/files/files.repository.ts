import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { FileReadScope } from './files.policy.ts';
import type { NewStoredFile, StoredFile, StoredFileUpdate } from './files.table.ts';

/** Inserts a file's metadata row. */
export async function insertFile(db: Kysely<Database>, row: NewStoredFile): Promise<StoredFile> {
  return db.insertInto('files').values(row).returningAll().executeTakeFirstOrThrow();
}

/** One file's row, or undefined. */
export async function findFile(db: Kysely<Database>, id: string): Promise<StoredFile | undefined> {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Changes a file's row and returns it as it now is. */
export async function updateFile(
  db: Kysely<Database>,
  id: string,
  change: StoredFileUpdate,
): Promise<StoredFile> {
  return db.updateTable('files').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Deletes a file's row; returns it, or undefined when there was none. */
export async function deleteFileRow(db: Kysely<Database>, id: string): Promise<StoredFile | undefined> {
  return db.deleteFrom('files').where('id', '=', id).returningAll().executeTakeFirst();
}

export interface FileFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  ownerOrgId?: string | undefined;
}

/** A page of the files `scope` lets its reader see (`fileReadScope`), newest first. */
export async function listFiles(
  db: Kysely<Database>,
  scope: FileReadScope,
  filter: FileFilter,
  page: { limit: number; offset: number },
): Promise<{ items: StoredFile[]; total: number }> {
  let query = db.selectFrom('files').where((eb) => {
    const visible = eb('visibility', 'in', scope.visibilities);
    const organisations = eb.and([
      eb('owner_org_id', 'is not', null),
      scope.ownOrganisationIds.length
        ? eb.or([visible, eb('owner_org_id', 'in', scope.ownOrganisationIds)])
        : visible,
    ]);
    // A personal file is listed to its owner account only (files.policy.ts).
    return scope.accountId
      ? eb.or([organisations, eb('owner_account_id', '=', scope.accountId)])
      : organisations;
  });
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.ownerOrgId) query = query.where('owner_org_id', '=', filter.ownerOrgId);
  const [items, count] = await Promise.all([
    query
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** The files attached to one record. */
export async function filesOfEntity(
  db: Kysely<Database>,
  entityType: string,
  entityId: string,
): Promise<StoredFile[]> {
  return db
    .selectFrom('files')
    .selectAll()
    .where('entity_id', '=', entityId)
    .where('entity_type', '=', entityType)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Which of `ids` have a row. */
export async function existingFileIds(db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('files').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
