import { z } from 'zod';
import { LocalizedTextInputSchema, LocalizedTextSchema } from '../registry/registry.schema.ts';

// Requests and responses of the reviews API (docs/api/programmes.md, section Reviews).

export const ReviewersInputSchema = z.strictObject({ accountIds: z.array(z.uuid()).max(50) });
export const ReviewersSchema = z.object({
  reviewers: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const CandidatesQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const CandidatesSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      organisation: z.object({ id: z.string(), name: z.string() }),
      countryCode: z.string().nullable(),
    }),
  ),
});

const CriterionInputSchema = z.strictObject({
  id: z.uuid().optional(),
  label: LocalizedTextInputSchema.refine((t) => Object.keys(t).length > 0, 'needs a text'),
  weight: z.number().positive().max(100),
  maxScore: z.number().int().min(1).max(100),
});
export const CriteriaInputSchema = z.strictObject({ criteria: z.array(CriterionInputSchema).max(30) });
export type CriterionInput = z.infer<typeof CriterionInputSchema>;
export const CriteriaSchema = z.object({
  criteria: z.array(
    z.object({
      id: z.string(),
      position: z.number(),
      label: LocalizedTextSchema,
      weight: z.number(),
      maxScore: z.number(),
    }),
  ),
});

export const ReviewInputSchema = z.strictObject({
  scores: z.array(z.strictObject({ criterionId: z.uuid(), score: z.number().min(0) })).max(30),
  comment: z.string().max(5000).optional(),
});
export type ReviewInput = z.infer<typeof ReviewInputSchema>;

export const ReviewSchema = z.object({
  id: z.string(),
  reviewer: z.object({ id: z.string(), name: z.string() }),
  scores: z.array(z.object({ criterionId: z.string(), score: z.number() })),
  comment: z.string(),
  score: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ReviewsSchema = z.object({
  items: z.array(ReviewSchema),
  score: z.number().nullable(),
  hidden: z.number().int(),
});
export const StartReviewSchema = z.object({ moved: z.number().int() });
