import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type { Visibility } from '../registry/registry.table.ts';

/**
 * An uploaded file's metadata; its bytes are at `<data folder>/files/<storage_key>`. `id` and
 * `storage_key` are made by the server, never taken from the client.
 */
export interface FilesTable {
  id: string;
  storage_key: string;
  /** The uploader's file name, sanitised (no path, no control or bidi characters); shown, never used as a path. */
  original_name: string;
  /** The type found in the content (not the one the client declared). */
  media_type: string;
  size_bytes: number;
  sha256: string;
  /** The owning organisation; null for a personal file (exactly one of the two owners is set). */
  owner_org_id: string | null;
  /** The account that owns a personal file (always visibility `owner`); null for an organisation's. */
  owner_account_id: string | null;
  visibility: ColumnType<Visibility, Visibility | undefined, Visibility>;
  uploaded_by: string | null;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  /** The record the file belongs to (e.g. `event`, `decision`), set by the module that owns it. */
  entity_type: string | null;
  entity_id: string | null;
}

export type StoredFile = Selectable<FilesTable>;
export type NewStoredFile = Insertable<FilesTable>;
export type StoredFileUpdate = Updateable<FilesTable>;
