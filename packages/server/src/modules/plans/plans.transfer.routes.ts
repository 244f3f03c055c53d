import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema } from '../../lib/schemas.ts';
import { EXPORT_FORMATS } from '../imports/exports.format.ts';
import { type SheetFormat, XLSX_TYPE } from '../imports/imports.reader.ts';
import { LangSchema } from '../registry/registry.schema.ts';
import { exportPlan } from './plans.transfer.export.ts';
import { PLAN_IMPORT_LIMIT } from './plans.transfer.file.ts';
import { importPlan } from './plans.transfer.import.ts';

const tags = ['plans'];
const editors = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;

const ExportQuerySchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS).default('csv'),
  lang: LangSchema.default('en'),
});
const ImportQuerySchema = z.strictObject({
  commit: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
const ImportReportSchema = z.object({
  committed: z.boolean(),
  summary: z.object({ created: z.number(), updated: z.number(), unchanged: z.number(), errors: z.number() }),
  rows: z.array(
    z.object({
      row: z.number().int(),
      code: z.string(),
      action: z.enum(['created', 'updated', 'unchanged', 'error']),
      changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
    }),
  ),
});

/** The body of a CSV or XLSX request, left unread: the service reads it. */
interface Upload {
  format: SheetFormat;
  stream: Readable;
  charset: string | undefined;
}
const isUpload = (body: unknown): body is Upload =>
  typeof body === 'object' && body !== null && 'stream' in body && 'format' in body;

/**
 * `GET /api/plans/:id/export` (public, visibility-filtered) and `POST /api/plans/:id/import` (the
 * plan's editors; the body is the file as `text/csv` or XLSX, as the registry imports take it). Their
 * own scope holds the file parsers, so no other route accepts these bodies.
 */
export async function planTransferRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser(['text/csv', XLSX_TYPE], (request, payload, done) => {
      const contentType = request.headers['content-type'] ?? '';
      const charset = /charset=([^;\s]+)/i.exec(contentType)?.[1];
      const format: SheetFormat = contentType.startsWith('text/csv') ? 'csv' : 'xlsx';
      done(null, { format, stream: payload, charset } satisfies Upload);
    });
    const api = scope.withTypeProvider<ZodTypeProvider>();

    api.get(
      '/api/plans/:id/export',
      {
        config: { access: 'public' },
        schema: { tags, params: IdParamsSchema, querystring: ExportQuerySchema },
      },
      async (request, reply) => {
        const { format, lang } = request.query;
        const file = await exportPlan(deps, contextOf(request), request.params.id, format, lang);
        return reply.type(file.contentType).header('content-disposition', file.disposition).send(file.body);
      },
    );

    api.post(
      '/api/plans/:id/import',
      {
        config: { access: editors },
        bodyLimit: PLAN_IMPORT_LIMIT,
        schema: {
          tags,
          description:
            'Body: the file as `text/csv` (UTF-8, `,` or `;`) or XLSX. A dry run unless `commit=true`.',
          params: IdParamsSchema,
          querystring: ImportQuerySchema,
          response: { 200: ImportReportSchema },
        },
      },
      async (request) => {
        if (!isUpload(request.body)) {
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Send the file as text/csv or as ${XLSX_TYPE}.`);
        }
        const length = Number(request.headers['content-length']);
        const upload = {
          format: request.body.format,
          body: request.body.stream,
          charset: request.body.charset,
          length: Number.isFinite(length) ? length : undefined,
        };
        return importPlan(deps, contextOf(request), request.params.id, upload, request.query.commit);
      },
    );
  });
}
