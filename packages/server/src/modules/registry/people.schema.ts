import { z } from 'zod';
import {
  ContactSchema,
  DateSchema,
  LangSchema,
  LocalizedTextInputSchema,
  LocalizedTextSchema,
  RefSchema,
  ScriptSchema,
  VisibilitySchema,
} from './registry.schema.ts';

const SourceSchema = z.enum(['native', 'latin', 'ru_cyrillic', 'press', 'passport', 'other']);
const nameText = z.string().trim().min(1).max(300);

export const PersonNameInputSchema = z.strictObject({
  fullName: nameText,
  givenName: nameText.nullish(),
  familyName: nameText.nullish(),
  /** Detected from the letters of `fullName` when absent. */
  script: ScriptSchema.optional(),
  lang: LangSchema.nullish(),
  source: SourceSchema.default('native'),
  isPrimary: z.boolean().default(false),
});
export type PersonNameInput = z.infer<typeof PersonNameInputSchema>;

/** Every spelling of a name; exactly one is primary (a single spelling is primary by itself). */
const NamesInputSchema = z
  .array(PersonNameInputSchema)
  .min(1)
  .max(50)
  .refine((names) => names.length <= 1 || names.filter((n) => n.isPrimary).length === 1, {
    message: 'must have exactly one primary name',
  });

const LocalizedTitleSchema = LocalizedTextInputSchema.refine((t) => Object.keys(t).length > 0, {
  message: 'must have a text in at least one language',
});
const datesInOrder = (p: { fromDate?: string | null; toDate?: string | null }) =>
  !p.fromDate || !p.toDate || p.fromDate <= p.toDate;

export const PositionInputSchema = z
  .strictObject({
    title: LocalizedTitleSchema,
    organisationId: z.uuid(),
    fromDate: DateSchema.nullish(),
    toDate: DateSchema.nullish(),
  })
  .refine(datesInOrder, { message: 'must not be before fromDate', path: ['toDate'] });
export type PositionInput = z.infer<typeof PositionInputSchema>;

export const PositionUpdateSchema = z.strictObject({
  title: LocalizedTitleSchema.optional(),
  organisationId: z.uuid().optional(),
  fromDate: DateSchema.nullish(),
  toDate: DateSchema.nullish(),
});
export type PositionUpdate = z.infer<typeof PositionUpdateSchema>;

export const PersonCreateSchema = z.strictObject({
  names: NamesInputSchema,
  ownerOrgId: z.uuid().nullish(),
  visibility: VisibilitySchema.default('owner'),
  positions: z.array(PositionInputSchema).max(50).optional(),
});
export type PersonCreate = z.infer<typeof PersonCreateSchema>;

export const PersonUpdateSchema = z.strictObject({
  names: NamesInputSchema.optional(),
  ownerOrgId: z.uuid().nullish(),
  visibility: VisibilitySchema.optional(),
});
export type PersonUpdate = z.infer<typeof PersonUpdateSchema>;

export const PeopleQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  q: z.string().trim().min(1).max(200).optional(),
  organisation: z.uuid().optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});

export const PersonNameSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  script: ScriptSchema,
  lang: z.string().nullable(),
  source: SourceSchema,
  isPrimary: z.boolean(),
});

export const PositionSchema = z.object({
  id: z.string(),
  title: LocalizedTextSchema,
  organisation: RefSchema,
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
});

export const PersonItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  otherNames: z.array(z.string()),
  currentPositions: z.array(z.object({ title: LocalizedTextSchema, organisation: RefSchema })),
  visibility: VisibilitySchema,
});

export const PersonDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  names: z.array(PersonNameSchema),
  positions: z.array(PositionSchema),
  contacts: z.array(ContactSchema),
  visibility: VisibilitySchema,
  owner: RefSchema.nullable(),
  canEdit: z.boolean(),
});
