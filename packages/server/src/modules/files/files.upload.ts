import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../app-deps.ts';
import { AppError, forbidden } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { UploadPart } from '../imports/imports.service.ts';
import { referencedOrganisation } from '../registry/registry.references.ts';
import { detectKind } from './files.detect.ts';
import { FILE_KINDS, type FileKind, kindOfExtension, TEXT_KINDS } from './files.kinds.ts';
import { sanitiseFileName, withExtensionOf } from './files.names.ts';
import { canUploadAs, defaultFileOwner, personalFileOwner } from './files.policy.ts';
import { presentFile } from './files.presenter.ts';
import { insertFile } from './files.repository.ts';
import type { FileView, UploadQuery } from './files.schema.ts';
import {
  discardUpload,
  filesRoot,
  keepUpload,
  type Received,
  receiveUpload,
  removeStored,
  storageKeyOf,
} from './files.storage.ts';
import type { StoredFile } from './files.table.ts';

// Receiving an upload: the multipart parts, the size limit, the content check, and keeping the
// file with its row and audit entry — or leaving nothing behind.

/** Room for the multipart framing around the file, when a request's length is judged up front. */
const MULTIPART_OVERHEAD = 64 * 1024;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;

/** The refusal of a file over the configured limit (`maxBytes` tells the client the limit). */
export const fileTooLarge = (limit: number) =>
  new AppError('PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${mib(limit)}.`, {
    extra: { maxBytes: limit },
  });

const invalidPart = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', 'The upload is not valid.', { errors: [{ path, message }] });

/** Is a request of `contentLength` bytes certainly over the limit? (Checked before reading it.) */
export const certainlyTooLarge = (deps: AppDeps, contentLength: number | undefined) =>
  contentLength !== undefined && contentLength > deps.config.maxUploadBytes + MULTIPART_OVERHEAD;

/** The kind to keep: the content's, which the name's extension (if one of ours) must agree with. */
function resolveKind(detected: FileKind, name: string): FileKind {
  const claimed = kindOfExtension(name);
  if (detected === 'text' && (claimed === undefined || TEXT_KINDS.includes(claimed)))
    return claimed ?? 'text';
  if (claimed === undefined || claimed === detected) return detected;
  throw new AppError(
    'FILE_TYPE_MISMATCH',
    `The file is named as ${claimed.toUpperCase()} but its content is ${detected.toUpperCase()}.`,
    { extra: { claimed: FILE_KINDS[claimed].mediaType, found: FILE_KINDS[detected].mediaType } },
  );
}

/** Reads the multipart parts: exactly one `file`, received into the incoming folder. */
async function receiveParts(deps: AppDeps, parts: AsyncIterable<UploadPart>) {
  const limit = deps.config.maxUploadBytes;
  let received: { filename: string; upload: Received } | undefined;
  try {
    for await (const part of parts) {
      if (part.type !== 'file' || part.fieldname !== 'file' || received) {
        throw invalidPart(`body.${part.fieldname}`, 'is not a known part (send one part, file)');
      }
      const upload = await receiveUpload(filesRoot(deps.config), part.file, limit);
      received = { filename: part.filename, upload };
      if ((part.file as { truncated?: boolean }).truncated) throw fileTooLarge(limit);
    }
  } catch (error) {
    if (received) await discardUpload(received.upload.path);
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'PAYLOAD_TOO_LARGE') throw fileTooLarge(limit);
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw invalidPart('body', 'has too many parts (send one part, file)');
    }
    throw error;
  }
  if (!received) throw invalidPart('body.file', 'is required');
  return received;
}

/**
 * Stores an uploaded file (`multipart/form-data`, one part `file`) for `query.ownerOrgId` (default:
 * the uploader's organisation; an account that uploads for none keeps a personal file): streamed to disk within the size limit, its type judged by its
 * content, kept under a server-made name, its row written and audited in one transaction. A
 * refused upload leaves no file and no row.
 * @throws AppError FORBIDDEN (not the uploader's organisation), VALIDATION_FAILED (no file, an
 *   empty one, an unknown owner, a personal file not `owner`), PAYLOAD_TOO_LARGE, FILE_TYPE_NOT_ALLOWED, FILE_TYPE_MISMATCH
 */
export async function uploadFile(
  deps: AppDeps,
  ctx: RequestContext,
  parts: AsyncIterable<UploadPart>,
  query: UploadQuery,
): Promise<FileView> {
  const owner = await uploadOwner(deps, ctx, query);
  const { filename, upload } = await receiveParts(deps, parts);
  try {
    if (upload.size === 0) throw invalidPart('body.file', 'is empty');
    const name = sanitiseFileName(filename);
    const kind = resolveKind(await detectKind(upload.path), name);
    return await keepFile(deps, ctx, upload, {
      original_name: withExtensionOf(name, kind),
      media_type: FILE_KINDS[kind].mediaType,
      ...owner,
      visibility: query.visibility,
      entity_type: query.entityType ?? null,
      entity_id: query.entityId ?? null,
    });
  } finally {
    // Gone already when the file was kept (moved); otherwise the refused upload goes here.
    await discardUpload(upload.path);
  }
}

type KeptFields = Pick<
  StoredFile,
  | 'original_name'
  | 'media_type'
  | 'owner_org_id'
  | 'owner_account_id'
  | 'visibility'
  | 'entity_type'
  | 'entity_id'
>;

/**
 * Who owns an upload: the account itself when it uploads for no organisation (a personal file,
 * visibility `owner` only), otherwise the organisation named or the uploader's first.
 * @throws AppError FORBIDDEN, VALIDATION_FAILED (unknown owner, a personal file not `owner`)
 */
async function uploadOwner(deps: AppDeps, ctx: RequestContext, query: UploadQuery) {
  const account = personalFileOwner(ctx.actor, query.ownerOrgId);
  if (account) {
    if (query.visibility !== 'owner')
      throw invalidPart('querystring.visibility', 'must be owner for a personal file');
    return { owner_org_id: null, owner_account_id: account };
  }
  const ownerOrgId = query.ownerOrgId ?? defaultFileOwner(ctx.actor);
  if (!ownerOrgId || !canUploadAs(ctx.actor, ownerOrgId)) {
    throw forbidden('You may not upload files for this organisation.');
  }
  await referencedOrganisation(deps.db, ctx.actor, ownerOrgId, 'querystring.ownerOrgId');
  return { owner_org_id: ownerOrgId, owner_account_id: null };
}

/** Writes the row and its audit entry, and moves the bytes into place inside the same transaction. */
async function keepFile(deps: AppDeps, ctx: RequestContext, upload: Received, fields: KeptFields) {
  const root = filesRoot(deps.config);
  const id = randomUUID();
  const key = storageKeyOf(id);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const row = await insertFile(trx, {
        ...fields,
        id,
        storage_key: key,
        size_bytes: upload.size,
        sha256: upload.sha256,
        uploaded_by: ctx.actor.kind === 'account' ? ctx.actor.accountId : null,
      });
      const view = presentFile(row);
      await recordAudit(trx, ctx, { action: 'file.uploaded', entityType: 'file', entityId: id, after: view });
      // Last step before the commit: a failed move rolls the row back.
      await keepUpload(root, upload.path, key);
      return view;
    });
  } catch (error) {
    // The commit itself failed after the move: the bytes must not outlive their row.
    await removeStored(root, key);
    throw error;
  }
}
