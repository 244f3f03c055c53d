import { z } from 'zod';
import { PageQuerySchema } from '../../lib/schemas.ts';
import { CountryCodeSchema, LocalizedTextSchema, RefSchema } from '../registry/registry.schema.ts';
import { APPLICATION_STATUSES } from './programmes.table.ts';

// Requests and responses of the applications API (docs/api/programmes.md, section Applications).

const AnswerSchema = z.strictObject({ questionId: z.uuid(), value: z.unknown() });
const AnswersSchema = z.array(AnswerSchema).max(200);

export const ApplicationCreateSchema = z.strictObject({
  personId: z.uuid().optional(),
  nominatedByOrgId: z.uuid().optional(),
  answers: AnswersSchema.optional(),
  submit: z.boolean().optional(),
});
export const ApplicationUpdateSchema = z.strictObject({ answers: AnswersSchema });

/** An application's document: the application and the file answering one of its `file` questions. */
export const ApplicationDocumentParamsSchema = z.strictObject({ id: z.uuid(), fileId: z.uuid() });

export const ApplicationQuerySchema = PageQuerySchema.extend({
  status: z.enum(APPLICATION_STATUSES).optional(),
  country: CountryCodeSchema.optional(),
  community: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  minScore: z.coerce.number().min(0).max(100).optional(),
  sort: z.enum(['created', 'score']).optional(),
});

export const ApplicationSchema = z.object({
  id: z.string(),
  programme: z.object({ id: z.string(), title: LocalizedTextSchema }),
  person: z.object({ id: z.string(), name: z.string() }),
  submittedBy: z.object({ id: z.string(), label: z.string() }).nullable(),
  nominatedBy: RefSchema.nullable(),
  status: z.enum(APPLICATION_STATUSES),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  waitlistPosition: z.number().int().nullable(),
  score: z.number().nullable(),
  certificate: z.object({ code: z.string(), issuedAt: z.string(), revoked: z.boolean() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  answers: z.array(z.object({ questionId: z.string(), value: z.unknown() })).optional(),
});
