import { z } from 'zod';
import { LangSchema } from '../registry/registry.schema.ts';
import { AMENDMENT_STATUSES, MINUTES_STATUSES, VERSION_REASONS } from './minutes.table.ts';

// The minutes' request and response schemas (docs/api/minutes.md).

const Text = z.string().trim().min(1).max(20_000);
const Reason = z.string().trim().min(1).max(2000);
const Version = z.number().int().min(1);

export const EventParamsSchema = z.strictObject({ id: z.uuid() });
export const AmendmentParamsSchema = z.strictObject({ id: z.uuid(), amendmentId: z.uuid() });
export const VersionParamsSchema = z.strictObject({ id: z.uuid(), number: z.coerce.number().int().min(1) });

/** A paragraph as written: an existing one names its id; a new one has none and gets one. */
export const ParagraphInputSchema = z.strictObject({
  id: z.uuid().optional(),
  text: z.record(LangSchema, z.string().trim().max(20_000)),
});

export const MinutesCreateSchema = z.strictObject({
  languages: z.array(LangSchema).min(1).max(12).optional(),
  paragraphs: z.array(ParagraphInputSchema).max(500).default([]),
});
export type MinutesCreate = z.infer<typeof MinutesCreateSchema>;

export const MinutesEditSchema = z.strictObject({
  baseVersion: Version,
  languages: z.array(LangSchema).min(1).max(12).optional(),
  paragraphs: z.array(ParagraphInputSchema).max(500),
  note: z.string().trim().max(2000).optional(),
});
export type MinutesEdit = z.infer<typeof MinutesEditSchema>;

export const TransitionSchema = z.strictObject({
  baseVersion: Version,
  note: z.string().trim().max(2000).optional(),
});
export const ReopenSchema = z.strictObject({ reason: Reason });

export const CommentCreateSchema = z.strictObject({
  paragraphId: z.uuid(),
  baseVersion: Version,
  body: Text,
});
export const AmendmentCreateSchema = z.strictObject({
  paragraphId: z.uuid(),
  lang: LangSchema,
  baseVersion: Version,
  text: Text,
  motivation: z.string().trim().max(2000).optional(),
});
export type AmendmentCreate = z.infer<typeof AmendmentCreateSchema>;
export const DecisionSchema = z.strictObject({ reason: Reason });

export const ExportQuerySchema = z.strictObject({ lang: LangSchema.optional() });
export const DiffQuerySchema = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

const ParagraphSchema = z.object({ id: z.string(), text: z.record(z.string(), z.string()) });
const Author = z.object({ id: z.string().nullable(), label: z.string() });
const DelegationRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const CommentSchema = z.object({
  id: z.string(),
  paragraphId: z.string(),
  version: z.number(),
  body: z.string(),
  delegation: DelegationRef,
  author: Author,
  createdAt: z.string(),
});

export const AmendmentSchema = z.object({
  id: z.string(),
  paragraphId: z.string(),
  lang: z.string(),
  baseVersion: z.number(),
  text: z.string(),
  motivation: z.string().nullable(),
  status: z.enum(AMENDMENT_STATUSES),
  delegation: DelegationRef,
  author: Author,
  createdAt: z.string(),
  decision: z
    .object({ reason: z.string(), by: Author, at: z.string(), resultVersion: z.number().nullable() })
    .nullable(),
});

export const MinutesSchema = z.object({
  id: z.string(),
  eventId: z.string(),
  event: z.object({
    title: z.record(z.string(), z.string()),
    startDate: z.string(),
    endDate: z.string(),
    venue: z.string().nullable(),
  }),
  status: z.enum(MINUTES_STATUSES),
  version: z.number(),
  languages: z.array(z.string()),
  paragraphs: z.array(ParagraphSchema),
  circulatedAt: z.string().nullable(),
  adoptedAt: z.string().nullable(),
  lockedAt: z.string().nullable(),
  updatedAt: z.string(),
  delegations: z.array(z.object({ id: z.string(), name: z.string(), countryCode: z.string().nullable() })),
  /** The delegations the caller speaks for. */
  myDelegationIds: z.array(z.string()),
  can: z.record(z.string(), z.boolean()),
  /** Only for editors and delegations; empty for other readers. */
  comments: z.array(CommentSchema),
  amendments: z.array(AmendmentSchema),
});

export const VersionSummarySchema = z.object({
  number: z.number(),
  reason: z.enum(VERSION_REASONS),
  note: z.string().nullable(),
  amendmentId: z.string().nullable(),
  author: Author,
  createdAt: z.string(),
});
export const VersionSchema = VersionSummarySchema.extend({
  languages: z.array(z.string()),
  paragraphs: z.array(ParagraphSchema),
});

const SegmentSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });
export const DiffSchema = z.object({
  from: z.number(),
  to: z.number(),
  languages: z.array(z.string()),
  paragraphs: z.array(
    z.object({
      id: z.string(),
      change: z.enum(['added', 'removed', 'changed', 'unchanged']),
      texts: z.array(z.object({ lang: z.string(), segments: z.array(SegmentSchema) })),
    }),
  ),
});
