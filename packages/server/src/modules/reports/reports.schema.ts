import { z } from 'zod';
import { LocaleSchema } from '../accounts/accounts.schema.ts';
import { DecisionSchema } from '../meetings/meetings.schema.ts';
import { ItemStatusSchema, ProgressUpdateSchema } from '../plans/plans.schema.ts';
import { LocalizedTextSchema, RefSchema } from '../registry/registry.schema.ts';
import { EVENT_ROLES } from './reports.repository.ts';

// The reports' request and response schemas (docs/api/plans.md, section Reports).

const YearSchema = z.coerce.number().int().min(1900).max(2100);

/** `?year=` (default: this year). */
export const OrganisationReportQuerySchema = z.strictObject({ year: YearSchema.optional() });
/** `?year=` (default: this year) and `?lang=` (the language of the countries' names; default en). */
export const NetworkReportQuerySchema = z.strictObject({
  year: YearSchema.optional(),
  lang: LocaleSchema.optional(),
});

export const REPORT_FORMATS = ['pdf', 'html', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `?year=&lang=&format=` of an export; the language of its labels defaults to English. */
export const ReportExportQuerySchema = z.strictObject({
  year: YearSchema.optional(),
  lang: LocaleSchema.default('en'),
  format: z.enum(REPORT_FORMATS),
});
export type ReportExportQuery = z.infer<typeof ReportExportQuerySchema>;

export const ReportEventSchema = z.object({
  id: z.string(),
  title: LocalizedTextSchema,
  reference: z.string().nullable(),
  start: z.string(),
  countryCode: z.string().nullable(),
  role: z.enum(EVENT_ROLES),
});

const PlanRefSchema = z.object({ id: z.string(), title: LocalizedTextSchema });

export const OrganisationReportSchema = z.object({
  organisation: RefSchema,
  year: z.number(),
  events: z.array(ReportEventSchema),
  items: z.array(
    z.object({
      item: z.object({ id: z.string(), code: z.string(), title: LocalizedTextSchema, plan: PlanRefSchema }),
      status: ItemStatusSchema,
      progress: z.number(),
      updates: z.array(ProgressUpdateSchema),
    }),
  ),
  decisions: z.array(
    DecisionSchema.extend({
      event: z.object({ id: z.string(), title: LocalizedTextSchema, reference: z.string().nullable() }),
    }),
  ),
  charts: z.object({ eventsPerMonth: z.array(z.number()).length(12) }),
});
export type OrganisationReport = z.infer<typeof OrganisationReportSchema>;

export const NetworkReportSchema = z.object({
  year: z.number(),
  memberStates: z.array(
    z.object({
      countryCode: z.string(),
      name: z.string(),
      bodies: z.array(RefSchema),
      events: z.number(),
      items: z.number(),
      updates: z.number(),
      progress: z.number(),
    }),
  ),
  items: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: LocalizedTextSchema,
      plan: PlanRefSchema,
      responsible: z.array(RefSchema),
      status: ItemStatusSchema,
      progress: z.number(),
    }),
  ),
  charts: z.object({
    progressByMemberState: z.array(
      z.object({ countryCode: z.string(), name: z.string(), progress: z.number() }),
    ),
    eventsPerMonth: z.array(z.number()).length(12),
  }),
});
export type NetworkReport = z.infer<typeof NetworkReportSchema>;
