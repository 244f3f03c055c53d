import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema } from '../../lib/schemas.ts';
import { attachmentDisposition } from '../files/files.names.ts';
import { ExportQuerySchema } from './minutes.schema.ts';
import { exportMinutesHtml, exportMinutesPdf } from './minutes.export.ts';

const tags = ['minutes'];
/** The PDF is a download: nothing in it may run, and no page may frame it. */
const PDF_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";
/** The print page carries its own styles and nothing else (lib/pdf/html.ts). */
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; form-action 'none'";

/** Adopted minutes as a PDF attachment and as a printable page, in a chosen language. */
export async function exportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/minutes/:id/export.pdf',
    {
      config: { access: 'public' },
      schema: { tags, params: IdParamsSchema, querystring: ExportQuerySchema },
    },
    async (request, reply) => {
      const file = await exportMinutesPdf(deps, contextOf(request), request.params.id, request.query.lang);
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('content-security-policy', PDF_CSP)
        .send(file.body);
    },
  );

  api.get(
    '/api/minutes/:id/export.html',
    {
      config: { access: 'public' },
      schema: { tags, params: IdParamsSchema, querystring: ExportQuerySchema },
    },
    async (request, reply) => {
      const html = await exportMinutesHtml(deps, contextOf(request), request.params.id, request.query.lang);
      return reply.type('text/html; charset=utf-8').header('content-security-policy', PRINT_CSP).send(html);
    },
  );
}
