import { z } from 'zod';
import { IMPORT_TYPES } from './imports.columns.ts';

export const DUPLICATE_DECISIONS = ['create', 'skip', 'merge'] as const;
export const DuplicateDecisionSchema = z.enum(DUPLICATE_DECISIONS);
export type DuplicateDecision = z.infer<typeof DuplicateDecisionSchema>;

export const ImportParamsSchema = z.strictObject({ type: z.enum(IMPORT_TYPES) });

export const ImportQuerySchema = z.strictObject({
  commit: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  onDuplicate: DuplicateDecisionSchema.default('skip'),
});

/** The `decisions` part of a multipart commit: `{ "<row>": "create" | "skip" | "merge" }`. */
export const DecisionsSchema = z.record(
  z.string().regex(/^\d{1,7}$/, 'must be a row number'),
  DuplicateDecisionSchema,
);
export type Decisions = z.infer<typeof DecisionsSchema>;

export const ImportRowSchema = z.object({
  row: z.number().int(),
  status: z.enum(['created', 'updated', 'unchanged', 'duplicate', 'error']),
  id: z.string().optional(),
  duplicateOf: z.object({ id: z.string(), label: z.string(), score: z.number() }).optional(),
  error: z.string().optional(),
  decision: DuplicateDecisionSchema.optional(),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  summary: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    duplicates: z.number().int(),
    errors: z.number().int(),
  }),
  /** Columns of the file that are not columns of this import: ignored, named so the user sees them. */
  ignoredColumns: z.array(z.string()),
  rows: z.array(ImportRowSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
