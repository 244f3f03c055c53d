import { z } from 'zod';
import { CountryCodeSchema, DateSchema, LangSchema, ScriptSchema } from './registry.schema.ts';

export const PlaceKindSchema = z.enum(['country', 'region', 'city', 'other']);
export const OtsStatusSchema = z.enum(['member', 'observer', 'none']);
const PlaceNameTypeSchema = z.enum(['official', 'short', 'historical', 'foreign', 'alias']);

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const PlaceNameInputSchema = z
  .strictObject({
    lang: LangSchema,
    /** Detected from the letters of `name` when absent. */
    script: ScriptSchema.optional(),
    name: z.string().trim().min(1).max(300),
    nameType: PlaceNameTypeSchema.default('official'),
    validFrom: DateSchema.nullish(),
    validTo: DateSchema.nullish(),
  })
  .refine((n) => !n.validFrom || !n.validTo || n.validFrom <= n.validTo, {
    message: 'must not be before validFrom',
    path: ['validTo'],
  });
export type PlaceNameInput = z.infer<typeof PlaceNameInputSchema>;

const fields = {
  kind: PlaceKindSchema,
  countryCode: CountryCodeSchema,
  parentId: z.uuid().nullish(),
  timeZone: z.string().max(64).refine(isTimeZone, 'is not an IANA time zone').nullish(),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  otsStatus: OtsStatusSchema.nullish(),
  names: z.array(PlaceNameInputSchema).min(1).max(100),
};

export const PlaceCreateSchema = z.strictObject(fields);
export type PlaceCreate = z.infer<typeof PlaceCreateSchema>;
export const PlaceUpdateSchema = z.strictObject(fields).partial();
export type PlaceUpdate = z.infer<typeof PlaceUpdateSchema>;

export const PlaceQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  country: CountryCodeSchema.optional(),
  kind: PlaceKindSchema.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  lang: LangSchema.default('en'),
});

export const CountriesQuerySchema = z.strictObject({ lang: LangSchema.default('en') });

export const CountrySchema = z.object({
  code: z.string(),
  name: z.string(),
  otsStatus: OtsStatusSchema,
  placeId: z.string(),
});

export const PlaceItemSchema = z.object({
  id: z.string(),
  kind: PlaceKindSchema,
  countryCode: z.string().nullable(),
  name: z.string(),
  parentId: z.string().nullable(),
  otsStatus: OtsStatusSchema.nullable(),
});

export const PlaceNameSchema = z.object({
  id: z.string(),
  lang: z.string(),
  script: ScriptSchema,
  name: z.string(),
  nameType: PlaceNameTypeSchema,
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});

export const PlaceDetailSchema = z.object({
  id: z.string(),
  kind: PlaceKindSchema,
  countryCode: z.string().nullable(),
  parentId: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  timeZone: z.string().nullable(),
  otsStatus: OtsStatusSchema.nullable(),
  names: z.array(PlaceNameSchema),
});
