import { z } from 'zod';
import { QuestionInputSchema, QuestionSchema } from './programmes.schema.ts';

// Requests and responses of the feedback survey (docs/api/programmes.md, section Feedback). The
// questions are the call's (same schema, same checks).

export const SurveyInputSchema = z.strictObject({ questions: z.array(QuestionInputSchema).min(1).max(100) });
export const SurveyAnswerSchema = z.strictObject({
  answers: z.array(z.strictObject({ questionId: z.uuid(), value: z.unknown() })).max(200),
});
export const ResultsExportQuerySchema = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  lang: z.enum(['en', 'az', 'tr', 'kk', 'ky', 'uz', 'ru']).default('en'),
});

export const SurveySchema = z.object({
  status: z.enum(['draft', 'open']),
  openedAt: z.string().nullable(),
  questions: z.array(QuestionSchema),
  myResponse: z
    .object({
      submittedAt: z.string(),
      answers: z.array(z.object({ questionId: z.string(), value: z.unknown() })),
    })
    .nullable(),
});

export const NonRespondentsSchema = z.object({
  items: z.array(
    z.object({ applicationId: z.string(), person: z.object({ id: z.string(), name: z.string() }) }),
  ),
  total: z.number().int(),
});
export const ReminderResultSchema = z.object({ reminded: z.number().int(), sent: z.number().int() });

export const ResultsSchema = z.object({
  participants: z.number().int(),
  respondents: z.number().int(),
  questions: z.array(
    z.object({
      question: QuestionSchema,
      answered: z.number().int(),
      options: z.array(z.object({ value: z.string(), count: z.number().int() })).optional(),
      mean: z.number().nullable().optional(),
      min: z.number().nullable().optional(),
      max: z.number().nullable().optional(),
      texts: z.array(z.string()).optional(),
    }),
  ),
});
