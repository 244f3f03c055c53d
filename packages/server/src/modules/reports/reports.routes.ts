import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { IdParamsSchema } from '../../lib/schemas.ts';
import {
  NetworkReportQuerySchema,
  NetworkReportSchema,
  OrganisationReportQuerySchema,
  OrganisationReportSchema,
} from './reports.schema.ts';
import { networkReport, organisationReport } from './reports.service.ts';

const tags = ['reports'];

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
}
