import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { DOWNLOAD_CSP } from '../../lib/pdf/pdf.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema } from '../../lib/schemas.ts';
import {
  CertificateIssueSchema,
  CertificateListSchema,
  CertificatePdfQuerySchema,
  CertificateRevokeSchema,
  VerificationSchema,
  VerifyParamsSchema,
} from './certificates.schema.ts';
import {
  certificatePdf,
  issueCertificates,
  programmeCertificates,
  revokeCertificate,
  verifyCertificate,
} from './certificates.service.ts';

const tags = ['programmes'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;
const list = { 200: CertificateListSchema };

/** Certificates of attendance and their public verification (docs/api/programmes.md, Certificates). */
export async function certificateRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/programmes/:id/certificates',
    { config: { access: editors }, schema: { tags, params: IdParamsSchema, response: list } },
    async (request) => programmeCertificates(deps, request.actor, request.params.id),
  );

  api.post(
    '/api/programmes/:id/certificates',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: CertificateIssueSchema, response: list },
    },
    async (request) => issueCertificates(deps, contextOf(request), request.params.id, request.body),
  );

  api.post(
    '/api/certificates/:id/revoke',
    {
      config: { access: editors },
      schema: { tags, params: IdParamsSchema, body: CertificateRevokeSchema, response: list },
    },
    async (request) =>
      revokeCertificate(deps, contextOf(request), request.params.id, request.body.reason ?? null),
  );

  api.get(
    '/api/applications/:id/certificate.pdf',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: IdParamsSchema, querystring: CertificatePdfQuerySchema },
    },
    async (request, reply) => {
      const file = await certificatePdf(deps, request.actor, request.params.id, request.query.lang);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('content-security-policy', DOWNLOAD_CSP)
        .send(file.bytes);
    },
  );

  api.get(
    '/api/certificates/verify/:code',
    {
      config: { access: 'public' },
      schema: { tags, params: VerifyParamsSchema, response: { 200: VerificationSchema } },
    },
    async (request) => verifyCertificate(deps, request.params.code),
  );
}
