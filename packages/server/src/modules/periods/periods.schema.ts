import { z } from 'zod';
import { PERIOD_LANGUAGES } from '../../lib/periods/index.ts';
import { DateSchema } from '../registry/registry.schema.ts';

/** `POST /api/periods/parse`: a phrase, its language and the day it is read from. */
export const ParsePeriodBodySchema = z.strictObject({
  text: z.string().min(1).max(200),
  lang: z.enum(PERIOD_LANGUAGES as readonly ['en', 'az', 'tr', 'ru']),
  reference: DateSchema.describe('YYYY-MM-DD: the day a phrase without a year is read from'),
});
export type ParsePeriodBody = z.infer<typeof ParsePeriodBodySchema>;

/** A parsed period: inclusive bounds and precision (docs/api/plans.md, ADR 0018). */
export const ParsedPeriodSchema = z.object({
  start: DateSchema,
  end: DateSchema,
  precision: z.enum(['day', 'decade', 'month', 'season', 'quarter', 'half', 'year_part', 'year']),
});
