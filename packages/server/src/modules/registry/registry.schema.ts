import { z } from 'zod';
import { COUNTRY_CODES } from './registry.codes.ts';

/** Zod schemas shared by the registry's entities: codes, localized text, contacts, history. */

export const VisibilitySchema = z.enum(['public', 'network', 'owner']);

export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be two upper-case letters (ISO 3166-1 alpha-2)')
  .refine((code) => COUNTRY_CODES.has(code), 'is not an ISO 3166-1 alpha-2 country code');

/** A BCP 47 language tag of the simple kind the registry uses: `en`, `kk`, `crh`, `uz-Cyrl`. */
export const LangSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as en, kk or uz-Cyrl');

export const DateSchema = z.iso.date();
export const ScriptSchema = z.enum(['Latn', 'Cyrl', 'Arab', 'other']);
export const TranslationStatusSchema = z.enum(['original', 'human', 'needs_review']);

/** Text per language as written: a plain string (original) or `{ value, status }`. */
export const LocalizedTextInputSchema = z.record(
  LangSchema,
  z.union([
    z.string().trim().min(1).max(5000),
    z.strictObject({ value: z.string().trim().min(1).max(5000), status: TranslationStatusSchema }),
  ]),
);
export type LocalizedTextInput = z.infer<typeof LocalizedTextInputSchema>;

/** Text per language as the API shows it: `{ "<lang>": "<text>" }`. */
export const LocalizedTextSchema = z.record(z.string(), z.string());

export const RefSchema = z.object({ id: z.string(), name: z.string() });

export const ContactSchema = z.object({
  id: z.string(),
  kind: z.enum(['email', 'phone', 'address', 'website', 'social']),
  value: z.string(),
  label: z.string().nullable(),
  visibility: VisibilitySchema,
});

export const WebsiteSchema = z.url({
  protocol: /^https?$/,
  hostname: z.regexes.domain,
  error: 'must be an http(s) URL',
});

/** A contact to add; an email must be an address and a website an http(s) URL. */
export const ContactCreateSchema = z
  .strictObject({
    kind: z.enum(['email', 'phone', 'address', 'website', 'social']),
    value: z.string().trim().min(1).max(500),
    label: z.string().trim().max(200).nullish(),
    visibility: VisibilitySchema.optional(),
  })
  .superRefine((c, ctx) => {
    const check = c.kind === 'email' ? z.email() : c.kind === 'website' ? WebsiteSchema : undefined;
    if (check && !check.safeParse(c.value).success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `is not a valid ${c.kind}` });
    }
  });
export type ContactCreate = z.infer<typeof ContactCreateSchema>;

export const HistoryEntrySchema = z.object({
  at: z.string(),
  actor: z.object({ id: z.string().nullable(), label: z.string() }).nullable(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
