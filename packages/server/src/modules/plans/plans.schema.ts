import { z } from 'zod';
import { PageQuerySchema } from '../../lib/schemas.ts';
import {
  CountryCodeSchema,
  DateSchema,
  LocalizedTextInputSchema,
  LocalizedTextSchema,
  RefSchema,
  VisibilitySchema,
} from '../registry/registry.schema.ts';
import { EVIDENCE_TYPES, ITEM_STATUSES, PERIOD_LANGS, PROGRESS_MODES } from './plans.table.ts';

// Requests and responses of the plans API (docs/api/plans.md, sections Plans and Items).

const RequiredTextSchema = LocalizedTextInputSchema.refine((t) => Object.keys(t).length > 0, 'needs a text');
const ProgressSchema = z.number().int().min(0).max(100);
export const ItemStatusSchema = z.enum(ITEM_STATUSES);
export const EvidenceInputSchema = z.strictObject({ type: z.enum(EVIDENCE_TYPES), id: z.uuid() });

export const PlanCreateSchema = z.strictObject({
  title: RequiredTextSchema,
  description: LocalizedTextInputSchema.nullish(),
  periodStart: DateSchema,
  periodEnd: DateSchema,
  adoptedAtEventId: z.uuid().nullish(),
  adoptedByDecisionId: z.uuid().nullish(),
  ownerOrgId: z.uuid().nullish(),
  visibility: VisibilitySchema.optional(),
});
export type PlanCreate = z.infer<typeof PlanCreateSchema>;
export const PlanUpdateSchema = PlanCreateSchema.partial();
export type PlanUpdate = z.infer<typeof PlanUpdateSchema>;

export const PlanQuerySchema = PageQuerySchema.extend({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});

const ItemFields = {
  parentId: z.uuid().nullish(),
  code: z
    .string()
    .regex(/^[1-9][0-9]{0,5}(\.[1-9][0-9]{0,5}){0,9}$/, 'must be numbers joined by dots: 1.2.3'),
  title: RequiredTextSchema,
  description: LocalizedTextInputSchema.nullish(),
  responsibleIds: z.array(z.uuid()).max(50),
  supportingIds: z.array(z.uuid()).max(50),
  countries: z.array(CountryCodeSchema).max(250),
  region: LocalizedTextInputSchema.nullish(),
  periodText: z.string().trim().min(1).max(200).nullish(),
  periodLang: z.enum(PERIOD_LANGS).nullish(),
  periodStart: DateSchema.nullish(),
  periodEnd: DateSchema.nullish(),
  status: ItemStatusSchema,
  progress: ProgressSchema,
  progressMode: z.enum(PROGRESS_MODES),
  weight: z.number().positive().max(1_000_000),
  indicators: z
    .array(
      z.strictObject({
        name: RequiredTextSchema,
        target: z.number().nullish(),
        actual: z.number().nullish(),
        unit: z.string().trim().min(1).max(40).nullish(),
      }),
    )
    .max(50),
  decisionIds: z.array(z.uuid()).max(50),
  evidence: z.array(EvidenceInputSchema).max(100),
};
export const ItemCreateSchema = z.strictObject({
  ...z.object(ItemFields).partial().shape,
  title: RequiredTextSchema,
});
export type ItemCreate = z.infer<typeof ItemCreateSchema>;
export const ItemUpdateSchema = z.strictObject(ItemFields).partial();
export type ItemUpdate = z.infer<typeof ItemUpdateSchema>;

export const ProgressUpdateCreateSchema = z.strictObject({
  date: DateSchema,
  text: RequiredTextSchema,
  progress: ProgressSchema.optional(),
  status: ItemStatusSchema.optional(),
  indicators: z
    .array(z.strictObject({ id: z.uuid(), actual: z.number().nullable() }))
    .max(50)
    .optional(),
  evidence: z.array(EvidenceInputSchema).max(100).optional(),
});
export type ProgressUpdateCreate = z.infer<typeof ProgressUpdateCreateSchema>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
export const ItemQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  responsible: z.uuid().optional(),
  country: CountryCodeSchema.optional(),
  status: ItemStatusSchema.optional(),
  overdue: flag.optional(),
  mine: flag.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type ItemFilter = Omit<z.infer<typeof ItemQuerySchema>, 'limit' | 'offset'>;

const TextSchema = LocalizedTextSchema;
const EvidenceSchema = z.object({
  type: z.enum(EVIDENCE_TYPES),
  id: z.string(),
  label: z.string().nullable(),
});

export const PlanSummarySchema = z.object({
  id: z.string(),
  title: TextSchema,
  periodStart: z.string(),
  periodEnd: z.string(),
  owner: RefSchema.nullable(),
  visibility: VisibilitySchema,
  progress: z.number().int(),
  items: z.number().int(),
});
export const PlanDetailSchema = PlanSummarySchema.extend({
  description: TextSchema.nullable(),
  adoptedAt: z.object({
    event: z.object({ id: z.string(), title: TextSchema, reference: z.string().nullable() }).nullable(),
    decision: z.object({ id: z.string(), reference: z.string() }).nullable(),
  }),
  canEdit: z.boolean(),
  canUpdateSome: z.boolean(),
});

export const PlanItemSchema = z.object({
  id: z.string(),
  planId: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  depth: z.number().int(),
  title: TextSchema,
  description: TextSchema.nullable(),
  responsible: z.array(RefSchema),
  supporting: z.array(RefSchema),
  countries: z.array(z.string()),
  region: TextSchema.nullable(),
  period: z
    .object({
      text: z.string().nullable(),
      lang: z.string().nullable(),
      start: z.string(),
      end: z.string(),
      precision: z.string(),
    })
    .nullable(),
  status: ItemStatusSchema,
  progress: z.number().int(),
  progressMode: z.enum(PROGRESS_MODES),
  weight: z.number(),
  overdue: z.boolean(),
  mine: z.boolean(),
  canEdit: z.boolean(),
  canUpdate: z.boolean(),
  indicators: z.array(
    z.object({
      id: z.string(),
      name: TextSchema,
      target: z.number().nullable(),
      actual: z.number().nullable(),
      unit: z.string().nullable(),
    }),
  ),
  decisions: z.array(z.object({ id: z.string(), reference: z.string(), eventId: z.string() })),
  evidence: z.array(EvidenceSchema),
  updates: z.number().int(),
  lastUpdate: z.string().nullable(),
});

export const ProgressUpdateSchema = z.object({
  id: z.string(),
  date: z.string(),
  text: TextSchema,
  progress: z.number().int().nullable(),
  status: ItemStatusSchema.nullable(),
  author: z.object({ id: z.string(), label: z.string() }).nullable(),
  organisation: RefSchema.nullable(),
  evidence: z.array(EvidenceSchema),
  createdAt: z.string(),
});

const Brief = z.object({ id: z.string(), code: z.string(), title: TextSchema });
export const PlanItemDetailSchema = PlanItemSchema.extend({
  plan: z.object({ id: z.string(), title: TextSchema }),
  ancestors: z.array(Brief),
  children: z.array(PlanItemSchema),
  progressUpdates: z.array(ProgressUpdateSchema),
});

const Counts = z.object(Object.fromEntries(ITEM_STATUSES.map((s) => [s, z.number().int()])));
export const MatrixSchema = z.object({
  statuses: z.array(ItemStatusSchema),
  rows: z.array(
    z.object({ organisation: RefSchema, counts: Counts, overdue: z.number().int(), total: z.number().int() }),
  ),
});
