import { z } from 'zod';
import { TURKIC_COMMUNITIES } from './registry.codes.ts';
import {
  ContactSchema,
  CountryCodeSchema,
  DateSchema,
  LangSchema,
  LocalizedTextInputSchema,
  LocalizedTextSchema,
  RefSchema,
  TranslationStatusSchema,
  VisibilitySchema,
  WebsiteSchema,
} from './registry.schema.ts';

export const OrganisationKindSchema = z.enum(['international_org', 'state_body', 'diaspora_org', 'other']);
export const VerificationSchema = z.enum(['submitted', 'verified', 'archived']);
export const CommunitySchema = z.enum(TURKIC_COMMUNITIES);
const NameTypeSchema = z.enum(['official', 'short', 'former', 'alias']);

const datesInOrder = (n: { validFrom?: string | null; validTo?: string | null }) =>
  !n.validFrom || !n.validTo || n.validFrom <= n.validTo;

export const OrganisationNameInputSchema = z
  .strictObject({
    lang: LangSchema,
    name: z.string().trim().min(1).max(500),
    abbreviation: z.string().trim().min(1).max(50).nullish(),
    nameType: NameTypeSchema.default('official'),
    validFrom: DateSchema.nullish(),
    validTo: DateSchema.nullish(),
    translation: TranslationStatusSchema.default('original'),
  })
  .refine(datesInOrder, { message: 'must not be before validFrom', path: ['validTo'] });
export type OrganisationNameInput = z.infer<typeof OrganisationNameInputSchema>;

const NamesInputSchema = z
  .array(OrganisationNameInputSchema)
  .min(1)
  .max(50)
  .refine((names) => names.some((n) => n.nameType === 'official'), 'must include an official name');

const thisYear = new Date().getUTCFullYear();
const fields = {
  parentId: z.uuid().nullish(),
  countryCode: CountryCodeSchema.nullish(),
  placeId: z.uuid().nullish(),
  city: z.string().trim().min(1).max(200).nullish(),
  website: WebsiteSchema.max(500).nullish(),
  foundedYear: z
    .int()
    .min(1000)
    .max(thisYear + 1)
    .nullish(),
  communities: z
    .array(CommunitySchema)
    .max(TURKIC_COMMUNITIES.length)
    .transform((c) => [...new Set(c)]),
  description: LocalizedTextInputSchema.nullish(),
  visibility: VisibilitySchema,
  ownerOrgId: z.uuid().nullish(),
};

export const OrganisationCreateSchema = z.strictObject({
  kind: OrganisationKindSchema,
  names: NamesInputSchema,
  ...fields,
  communities: fields.communities.optional(),
  visibility: fields.visibility.optional(),
});
export type OrganisationCreate = z.infer<typeof OrganisationCreateSchema>;

export const OrganisationUpdateSchema = z.strictObject({
  kind: OrganisationKindSchema.optional(),
  names: NamesInputSchema.optional(),
  ...fields,
  communities: fields.communities.optional(),
  visibility: fields.visibility.optional(),
});
export type OrganisationUpdateInput = z.infer<typeof OrganisationUpdateSchema>;

export const OrganisationQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  q: z.string().trim().min(1).max(200).optional(),
  kind: OrganisationKindSchema.optional(),
  country: CountryCodeSchema.optional(),
  community: CommunitySchema.optional(),
  verification: VerificationSchema.optional(),
  parent: z.uuid().optional(),
});

export const OrganisationItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  abbreviation: z.string().nullable(),
  kind: OrganisationKindSchema,
  countryCode: z.string().nullable(),
  city: z.string().nullable(),
  parentId: z.string().nullable(),
  communities: z.array(z.string()),
  verification: VerificationSchema.nullable(),
  visibility: VisibilitySchema,
});

export const OrganisationNameSchema = z.object({
  id: z.string(),
  lang: z.string(),
  name: z.string(),
  abbreviation: z.string().nullable(),
  nameType: NameTypeSchema,
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  translation: TranslationStatusSchema,
});

export const RelationshipKindSchema = z.enum([
  'member_of',
  'partner_of',
  'founded_by',
  'successor_of',
  'other',
]);

export const RelationshipSchema = z.object({
  id: z.string(),
  kind: RelationshipKindSchema,
  direction: z.enum(['outgoing', 'incoming']),
  organisation: RefSchema,
  fromDate: z.string().nullable(),
  toDate: z.string().nullable(),
  note: z.string().nullable(),
});

export const RelationshipCreateSchema = z
  .strictObject({
    kind: RelationshipKindSchema,
    organisationId: z.uuid(),
    fromDate: DateSchema.nullish(),
    toDate: DateSchema.nullish(),
    note: z.string().trim().min(1).max(1000).nullish(),
  })
  .refine((r) => !r.fromDate || !r.toDate || r.fromDate <= r.toDate, {
    message: 'must not be before fromDate',
    path: ['toDate'],
  });
export type RelationshipCreate = z.infer<typeof RelationshipCreateSchema>;

export const OrganisationDetailSchema = z.object({
  id: z.string(),
  kind: OrganisationKindSchema,
  name: z.string(),
  abbreviation: z.string().nullable(),
  names: z.array(OrganisationNameSchema),
  parent: RefSchema.nullable(),
  children: z.array(RefSchema.extend({ kind: OrganisationKindSchema })),
  countryCode: z.string().nullable(),
  place: RefSchema.nullable(),
  city: z.string().nullable(),
  website: z.string().nullable(),
  foundedYear: z.number().int().nullable(),
  communities: z.array(z.string()),
  verification: VerificationSchema.nullable(),
  lastVerifiedOn: z.string().nullable(),
  curatedBy: RefSchema.nullable(),
  description: LocalizedTextSchema.nullable(),
  visibility: VisibilitySchema,
  owner: RefSchema.nullable(),
  relationships: z.array(RelationshipSchema),
  contacts: z.array(ContactSchema),
  people: z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      title: LocalizedTextSchema,
      fromDate: z.string().nullable(),
      toDate: z.string().nullable(),
    }),
  ),
  canEdit: z.boolean(),
});

export const VerificationBodySchema = z.strictObject({ state: VerificationSchema });
