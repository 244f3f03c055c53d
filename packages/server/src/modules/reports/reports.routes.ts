import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { PRINTABLE_HTML_CSP } from '../../lib/pdf/html.ts';
import { DOWNLOAD_CSP } from '../../lib/pdf/pdf.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema } from '../../lib/schemas.ts';
import { exportNetworkReport, exportOrganisationReport, type ReportFile } from './reports.export.ts';
import {
  NetworkReportQuerySchema,
  NetworkReportSchema,
  OrganisationReportQuerySchema,
  OrganisationReportSchema,
  ReportExportQuerySchema,
} from './reports.schema.ts';
import { networkReport, organisationReport } from './reports.service.ts';

const tags = ['reports'];

/** Sends an exported report; the print page may style itself, nothing else may run. */
function sendFile(reply: FastifyReply, file: ReportFile) {
  const csp = file.contentType.startsWith('text/html') ? PRINTABLE_HTML_CSP : DOWNLOAD_CSP;
  return reply
    .type(file.contentType)
    .header('content-disposition', file.disposition)
    .header('content-security-policy', csp)
    .send(file.body);
}

/** The yearly reports (docs/api/plans.md, Reports): public, built from what the caller may read. */
export async function reportsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/reports/organisations/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        params: IdParamsSchema,
        querystring: OrganisationReportQuerySchema,
        response: { 200: OrganisationReportSchema },
      },
    },
    async (request) => organisationReport(deps, request.actor, request.params.id, request.query.year),
  );

  api.get(
    '/api/reports/network',
    {
      config: { access: 'public' },
      schema: { tags, querystring: NetworkReportQuerySchema, response: { 200: NetworkReportSchema } },
    },
    async (request) => networkReport(deps, request.actor, request.query.year, request.query.lang),
  );

  api.get(
    '/api/reports/organisations/:id/export',
    {
      config: { access: 'public' },
      schema: { tags, params: IdParamsSchema, querystring: ReportExportQuerySchema },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await exportOrganisationReport(deps, contextOf(request), request.params.id, request.query),
      ),
  );

  api.get(
    '/api/reports/network/export',
    { config: { access: 'public' }, schema: { tags, querystring: ReportExportQuerySchema } },
    async (request, reply) =>
      sendFile(reply, await exportNetworkReport(deps, contextOf(request), request.query)),
  );
}
