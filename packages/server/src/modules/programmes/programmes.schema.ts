import { z } from 'zod';
import { PageQuerySchema } from '../../lib/schemas.ts';
import { TimeSchema, TimeZoneSchema } from '../meetings/meetings.schema.ts';
import {
  CountryCodeSchema,
  DateSchema,
  LangSchema,
  LocalizedTextInputSchema,
  LocalizedTextSchema,
  RefSchema,
  VisibilitySchema,
} from '../registry/registry.schema.ts';
import {
  APPLICATION_STATUSES,
  BODY_ROLES,
  PROGRAMME_KINDS,
  PROGRAMME_STATUSES,
  QUESTION_KINDS,
} from './programmes.table.ts';

// Requests and responses of the programmes API (docs/api/programmes.md, sections Programmes and Calls).

const RequiredTextSchema = LocalizedTextInputSchema.refine((t) => Object.keys(t).length > 0, 'needs a text');
const CommunitySchema = z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as az or kk');
const AgeSchema = z.number().int().min(0).max(150);

const AudienceInputSchema = z.strictObject({
  communities: z.array(CommunitySchema).max(30).optional(),
  countries: z.array(CountryCodeSchema).max(250).optional(),
  ageMin: AgeSchema.nullish(),
  ageMax: AgeSchema.nullish(),
  languages: z.array(LangSchema).max(30).optional(),
});

const ProgrammeFields = {
  kind: z.enum(PROGRAMME_KINDS),
  title: RequiredTextSchema,
  description: LocalizedTextInputSchema.nullish(),
  organiserId: z.uuid(),
  supporters: z
    .array(z.strictObject({ organisationId: z.uuid(), role: z.enum(BODY_ROLES).optional() }))
    .max(30),
  countryCode: CountryCodeSchema.nullish(),
  place: LocalizedTextInputSchema.nullish(),
  periodText: z.string().trim().min(1).max(200).nullish(),
  periodLang: z.enum(['en', 'az', 'tr', 'ru']).optional(),
  periodReference: DateSchema.optional(),
  startDate: DateSchema.nullish(),
  endDate: DateSchema.nullish(),
  audience: AudienceInputSchema,
  capacity: z.number().int().min(1).max(100_000).nullish(),
  status: z.enum(PROGRAMME_STATUSES),
  planItemId: z.uuid().nullish(),
  eventId: z.uuid().nullish(),
  visibility: VisibilitySchema,
};
export const ProgrammeCreateSchema = z.strictObject({
  ...z.object(ProgrammeFields).partial().shape,
  kind: ProgrammeFields.kind,
  title: RequiredTextSchema,
});
export type ProgrammeCreate = z.infer<typeof ProgrammeCreateSchema>;
export const ProgrammeUpdateSchema = z.strictObject(ProgrammeFields).partial();
export type ProgrammeUpdate = z.infer<typeof ProgrammeUpdateSchema>;

export const ProgrammeQuerySchema = PageQuerySchema.extend({
  kind: z.enum(PROGRAMME_KINDS).optional(),
  status: z.enum(PROGRAMME_STATUSES).optional(),
  country: CountryCodeSchema.optional(),
  open: z.enum(['true', 'false']).optional(),
});

export const QuotasInputSchema = z.strictObject({
  quotas: z
    .array(
      z
        .strictObject({
          countryCode: CountryCodeSchema.nullish(),
          community: CommunitySchema.nullish(),
          seats: z.number().int().min(0).max(100_000),
        })
        .refine((q) => !q.countryCode !== !q.community, 'needs exactly one of countryCode and community'),
    )
    .max(300),
});

const LocalMomentSchema = z.strictObject({ date: DateSchema, time: TimeSchema });
export const QuestionInputSchema = z.strictObject({
  id: z.uuid().optional(),
  kind: z.enum(QUESTION_KINDS),
  label: RequiredTextSchema,
  help: LocalizedTextInputSchema.nullish(),
  required: z.boolean().optional(),
  options: z
    .array(z.strictObject({ value: z.string().trim().min(1).max(100), label: RequiredTextSchema }))
    .max(100)
    .optional(),
  validation: z
    .strictObject({
      min: z.number().optional(),
      max: z.number().optional(),
      maxLength: z.number().int().min(1).max(20_000).optional(),
    })
    .optional(),
});
export type QuestionInput = z.infer<typeof QuestionInputSchema>;
export const CallInputSchema = z.strictObject({
  opensAt: LocalMomentSchema,
  closesAt: LocalMomentSchema,
  timeZone: TimeZoneSchema,
  questions: z.array(QuestionInputSchema).max(100),
});
export type CallInput = z.infer<typeof CallInputSchema>;

export const QuestionSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  kind: z.enum(QUESTION_KINDS),
  label: LocalizedTextSchema,
  help: LocalizedTextSchema.nullable(),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: LocalizedTextSchema })),
  validation: z.object({
    min: z.number().optional(),
    max: z.number().optional(),
    maxLength: z.number().optional(),
  }),
});
const CallSchema = z.object({
  opensAt: z.string(),
  closesAt: z.string(),
  timeZone: z.string(),
  status: z.enum(['upcoming', 'open', 'closed']),
});
const PeriodSchema = z.object({
  text: z.string(),
  lang: z.string(),
  start: z.string(),
  end: z.string(),
  precision: z.string(),
});
export const ProgrammeSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  title: LocalizedTextSchema,
  status: z.enum(PROGRAMME_STATUSES),
  organiser: RefSchema.nullable(),
  supporters: z.array(z.object({ organisation: RefSchema, role: z.string() })),
  countryCode: z.string().nullable(),
  place: LocalizedTextSchema.nullable(),
  period: PeriodSchema.nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  capacity: z.number().int().nullable(),
  visibility: VisibilitySchema,
  call: CallSchema.nullable(),
});
const CountsSchema = z.object(Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, z.number().int()])));
export const ProgrammeDetailSchema = ProgrammeSummarySchema.extend({
  description: LocalizedTextSchema.nullable(),
  audience: z.object({
    communities: z.array(z.string()),
    countries: z.array(z.string()),
    ageMin: z.number().int().nullable(),
    ageMax: z.number().int().nullable(),
    languages: z.array(z.string()),
  }),
  quotas: z.array(
    z.object({
      id: z.string(),
      countryCode: z.string().nullable(),
      community: z.string().nullable(),
      seats: z.number(),
    }),
  ),
  planItem: z.object({ id: z.string(), code: z.string(), title: LocalizedTextSchema }).nullable(),
  eventId: z.string().nullable(),
  call: CallSchema.extend({ questions: z.array(QuestionSchema) }).nullable(),
  applications: CountsSchema.nullable(),
  canEdit: z.boolean(),
  myApplication: z
    .object({ id: z.string(), status: z.enum(APPLICATION_STATUSES), submittedAt: z.string().nullable() })
    .nullable(),
});
export type ProgrammeDetail = z.infer<typeof ProgrammeDetailSchema>;
