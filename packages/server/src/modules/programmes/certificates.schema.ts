import { z } from 'zod';
import { LocalizedTextSchema, RefSchema } from '../registry/registry.schema.ts';

// Requests and responses of certificates (docs/api/programmes.md, section Certificates).

export const CertificateIssueSchema = z.strictObject({
  applicationIds: z.array(z.uuid()).min(1).max(1000),
  signatory: z
    .strictObject({
      name: z.string().trim().min(1).max(200),
      position: z.string().trim().min(1).max(200).optional(),
    })
    .optional(),
});
export const CertificateRevokeSchema = z.strictObject({ reason: z.string().trim().max(1000).optional() });
export const CertificatePdfQuerySchema = z.strictObject({
  lang: z.enum(['en', 'az', 'tr', 'kk', 'ky', 'uz', 'ru']).optional(),
});
export const VerifyParamsSchema = z.strictObject({ code: z.string().min(1).max(100) });

export const CertificateSchema = z.object({
  id: z.string(),
  applicationId: z.string(),
  person: z.object({ id: z.string(), name: z.string(), latinName: z.string() }),
  code: z.string(),
  verifyUrl: z.string(),
  issuedAt: z.string(),
  revoked: z.boolean(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export const CertificateListSchema = z.object({ items: z.array(CertificateSchema), total: z.number().int() });

export const VerificationSchema = z.object({
  holder: z.object({ name: z.string(), latinName: z.string() }),
  programme: z.object({ id: z.string(), title: LocalizedTextSchema }),
  dates: z.object({ start: z.string(), end: z.string() }),
  place: LocalizedTextSchema.nullable(),
  issuedAt: z.string(),
  organiser: RefSchema.nullable(),
  revoked: z.boolean(),
  revokedAt: z.string().nullable(),
});
