import { request } from './client';
import type { StoredFile } from './meetings-types';
import type { Visibility } from './registry-types';

/** Where an uploaded file belongs: its owner, visibility and the record it is attached to. */
export interface UploadTarget {
  ownerOrgId?: string;
  visibility?: Visibility;
  entityType?: string;
  entityId?: string;
}

/**
 * Uploads one document (multipart, part `file`); the server checks its type by content.
 * @throws {ApiError} PAYLOAD_TOO_LARGE, FILE_TYPE_NOT_ALLOWED, FILE_TYPE_MISMATCH, FORBIDDEN.
 */
export function uploadFile(file: File, target: UploadTarget = {}): Promise<StoredFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  return request<StoredFile>('/api/files', { method: 'POST', raw: { body }, query: { ...target } });
}

/** One file's metadata. @throws {ApiError} NOT_FOUND when it does not exist or may not be read. */
export function getFile(id: string): Promise<StoredFile> {
  return request<StoredFile>(`/api/files/${encodeURIComponent(id)}`);
}

/** The address of a file's bytes, served as an attachment: link to it with `download`, never embed it. */
export function fileContentUrl(id: string): string {
  return `/api/files/${encodeURIComponent(id)}/content`;
}
