import type { ReadStream } from 'node:fs';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../app-deps.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { referencedOrganisation } from '../registry/registry.references.ts';
import type { Visibility } from '../registry/registry.table.ts';
import { canManageFile, canReadFile, canUploadAs, fileReadScope } from './files.policy.ts';
import { presentFile } from './files.presenter.ts';
import {
  deleteFileRow,
  type FileFilter,
  filesOfEntity,
  findFile,
  listFiles,
  updateFile,
} from './files.repository.ts';
import type { FileUpdate, FileView } from './files.schema.ts';
import { filesRoot, openStored, removeStored } from './files.storage.ts';
import type { StoredFile, StoredFileUpdate } from './files.table.ts';

// Files once stored: reading them (the read rule of every record), changing, deleting, and the
// helpers for modules that attach files to their records. Uploads are in files.upload.ts.

/**
 * A file the actor may read.
 * @throws AppError NOT_FOUND when there is none or the actor may not see it
 */
async function readableFile(db: Kysely<Database>, ctx: RequestContext, id: string): Promise<StoredFile> {
  const file = await findFile(db, id);
  if (!file || !canReadFile(ctx.actor, file)) throw notFound('The file');
  return file;
}

/**
 * One file's metadata.
 * @throws AppError NOT_FOUND
 */
export async function showFile(deps: AppDeps, ctx: RequestContext, id: string): Promise<FileView> {
  return presentFile(await readableFile(deps.db, ctx, id));
}

/** A page of the files the actor may see, newest first, filtered by record or owner. */
export async function browseFiles(
  deps: AppDeps,
  ctx: RequestContext,
  filter: FileFilter,
  page: { limit: number; offset: number },
) {
  const { items, total } = await listFiles(deps.db, fileReadScope(ctx.actor), filter, page);
  return { total, items: items.map(presentFile) };
}

/**
 * A file's bytes, for download.
 * @throws AppError NOT_FOUND (also when the bytes are missing from the disk, which is logged as an error by the caller)
 */
export async function fileContent(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
): Promise<{ file: FileView; stream: ReadStream | undefined }> {
  return storedFileContent(deps, await readableFile(deps.db, ctx, id));
}

/**
 * For modules whose records decide who reads a file (an application's documents): the bytes of
 * `file`, whose access the caller has already decided; `stream` is undefined when they are missing
 * from the disk.
 */
export async function storedFileContent(
  deps: AppDeps,
  file: StoredFile,
): Promise<{ file: FileView; stream: ReadStream | undefined }> {
  return { file: presentFile(file), stream: await openStored(filesRoot(deps.config), file.storage_key) };
}

/**
 * A file the actor may manage (found by id, readable, owned by a body the actor uploads for).
 * @throws AppError NOT_FOUND, FORBIDDEN
 */
async function manageableFile(db: Kysely<Database>, ctx: RequestContext, id: string) {
  const file = await readableFile(db, ctx, id);
  if (!canManageFile(ctx.actor, file)) throw forbidden('You may not change this file.');
  return file;
}

/**
 * A personal file stays its account's and `owner` (ADR 0011); only its record may change.
 * @throws AppError VALIDATION_FAILED
 */
function personalChange(input: FileUpdate): void {
  const path = input.ownerOrgId !== undefined ? 'body.ownerOrgId' : 'body.visibility';
  if (input.ownerOrgId === undefined && (input.visibility ?? 'owner') === 'owner') return;
  throw new AppError('VALIDATION_FAILED', 'A personal file stays yours and private.', {
    errors: [{ path, message: 'cannot change on a personal file' }],
  });
}

/**
 * Changes a file's owner, visibility or record, audited. A new owner must be one the actor
 * uploads for; of a personal file only the record changes.
 * @throws AppError NOT_FOUND, FORBIDDEN, VALIDATION_FAILED (unknown owner, a personal file's owner or visibility)
 */
export async function changeFile(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  input: FileUpdate,
): Promise<FileView> {
  return deps.db.transaction().execute(async (trx) => {
    const file = await manageableFile(trx, ctx, id);
    if (file.owner_account_id !== null) personalChange(input);
    if (input.ownerOrgId !== undefined) {
      if (!canUploadAs(ctx.actor, input.ownerOrgId))
        throw forbidden('You may not hand files to this organisation.');
      await referencedOrganisation(trx, ctx.actor, input.ownerOrgId, 'body.ownerOrgId');
    }
    const change: StoredFileUpdate = {
      ...(input.ownerOrgId !== undefined ? { owner_org_id: input.ownerOrgId } : {}),
      ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
      ...(input.entity !== undefined
        ? { entity_type: input.entity?.type ?? null, entity_id: input.entity?.id ?? null }
        : {}),
    };
    const view = presentFile(await updateFile(trx, id, change));
    await recordAudit(trx, ctx, {
      action: 'file.updated',
      entityType: 'file',
      entityId: id,
      before: presentFile(file),
      after: view,
    });
    return view;
  });
}

/**
 * Deletes a file: its row (audited) in a transaction, then its bytes.
 * @throws AppError NOT_FOUND, FORBIDDEN
 */
export async function deleteFile(deps: AppDeps, ctx: RequestContext, id: string): Promise<void> {
  const removed = await deps.db.transaction().execute(async (trx) => {
    const file = await manageableFile(trx, ctx, id);
    await deleteFileRow(trx, id);
    await recordAudit(trx, ctx, {
      action: 'file.deleted',
      entityType: 'file',
      entityId: id,
      before: presentFile(file),
    });
    return file;
  });
  await removeStored(filesRoot(deps.config), removed.storage_key);
}

/**
 * For modules whose records hold files (meetings): gives `files` the record's owner (kept when the
 * record has none) and visibility, in the caller's transaction, audited per changed file. Call it
 * whenever files are attached or the record's owner or visibility changes. A personal file is left
 * as it is: it stays its account's and `owner` (the record's module serves it to its readers).
 */
export async function alignFiles(
  db: Kysely<Database>,
  ctx: RequestContext,
  files: readonly StoredFile[],
  access: { ownerOrgId: string | null; visibility: Visibility },
): Promise<void> {
  for (const file of files) {
    if (file.owner_account_id !== null) continue;
    const owner = access.ownerOrgId ?? file.owner_org_id;
    if (file.owner_org_id === owner && file.visibility === access.visibility) continue;
    const after = await updateFile(db, file.id, { owner_org_id: owner, visibility: access.visibility });
    await recordAudit(db, ctx, {
      action: 'file.updated',
      entityType: 'file',
      entityId: file.id,
      before: presentFile(file),
      after: presentFile(after),
    });
  }
}

/**
 * For modules that attach files to their records: the files of `entity` the actor may read.
 */
export async function readableFilesOf(
  db: Kysely<Database>,
  ctx: RequestContext,
  entity: { type: string; id: string },
): Promise<FileView[]> {
  const files = await filesOfEntity(db, entity.type, entity.id);
  return files.filter((f) => canReadFile(ctx.actor, f)).map(presentFile);
}
