import type { FileView } from './files.schema.ts';
import type { StoredFile } from './files.table.ts';

/** A file's row as the API shows it (the storage key and the uploader stay inside). */
export function presentFile(file: StoredFile): FileView {
  return {
    id: file.id,
    name: file.original_name,
    mediaType: file.media_type,
    size: file.size_bytes,
    sha256: file.sha256,
    ownerOrgId: file.owner_org_id,
    personal: file.owner_account_id !== null,
    visibility: file.visibility,
    entity: file.entity_type && file.entity_id ? { type: file.entity_type, id: file.entity_id } : null,
    createdAt: file.created_at.toISOString(),
    contentUrl: `/api/files/${file.id}/content`,
  };
}
