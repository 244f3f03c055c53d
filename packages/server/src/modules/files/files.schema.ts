import { z } from 'zod';
import { PageQuerySchema } from '../../lib/schemas.ts';
import { VisibilitySchema } from '../registry/registry.schema.ts';

/** The kind of record a file belongs to: `event`, `programme_item`, `decision`, `minutes`, … */
const EntityTypeSchema = z
  .string()
  .regex(/^[a-z][a-z_]{0,39}$/, 'must be a record kind in lower case, like event or decision');

/**
 * Where an upload goes, in the query string of `POST /api/files` (the body is the file): the
 * owner (default: the uploader's organisation; for an account that uploads for none, the account
 * itself: a personal file), the visibility (default `owner`, the only one of a personal file), and
 * the record it belongs to (both or neither).
 */
export const UploadQuerySchema = z
  .strictObject({
    ownerOrgId: z.uuid().optional(),
    visibility: VisibilitySchema.default('owner'),
    entityType: EntityTypeSchema.optional(),
    entityId: z.uuid().optional(),
  })
  .refine((q) => (q.entityType === undefined) === (q.entityId === undefined), {
    path: ['entityId'],
    message: 'entityType and entityId go together',
  });
export type UploadQuery = z.infer<typeof UploadQuerySchema>;

export const FileListQuerySchema = PageQuerySchema.extend({
  entityType: EntityTypeSchema.optional(),
  entityId: z.uuid().optional(),
  ownerOrgId: z.uuid().optional(),
});

/** A change of a file's owner, visibility or record (`null` detaches it). */
export const FileUpdateSchema = z
  .strictObject({
    ownerOrgId: z.uuid().optional(),
    visibility: VisibilitySchema.optional(),
    entity: z.strictObject({ type: EntityTypeSchema, id: z.uuid() }).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'names nothing to change' });
export type FileUpdate = z.infer<typeof FileUpdateSchema>;

export const FileSchema = z.object({
  id: z.uuid(),
  name: z.string().describe('The uploader’s file name, sanitised; offered again on download'),
  mediaType: z.string().describe('Found in the content, not taken from the upload'),
  size: z.number().int(),
  sha256: z.string(),
  ownerOrgId: z.uuid().nullable().describe('The owning organisation; null for a personal file'),
  personal: z
    .boolean()
    .describe('Owned by the account that uploaded it (always `owner`): only that account reads it here'),
  visibility: VisibilitySchema,
  entity: z.object({ type: z.string(), id: z.uuid() }).nullable(),
  createdAt: z.string(),
  contentUrl: z.string().describe('Where the bytes are downloaded, always as an attachment'),
});
export type FileView = z.infer<typeof FileSchema>;
