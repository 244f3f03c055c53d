import type { Readable } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { contextOf } from '../../lib/request-context.ts';
import { type SheetFormat, XLSX_TYPE } from './imports.reader.ts';
import { ImportParamsSchema, ImportQuerySchema, ImportReportSchema } from './imports.schema.ts';
import { IMPORT_BODY_LIMIT, importMultipart, importUpload, type UploadPart } from './imports.service.ts';

const tags = ['imports'];
/** Who may import: the roles that create registry records. */
export const IMPORTERS = { roles: ['secretariat', 'agency_admin', 'agency_editor'] } as const;

/** The body of a CSV or XLSX request, left unread: the service streams it. */
interface Upload {
  format: SheetFormat;
  stream: Readable;
  charset: string | undefined;
}
const isUpload = (body: unknown): body is Upload =>
  typeof body === 'object' && body !== null && 'stream' in body && 'format' in body;

/**
 * `POST /api/imports/{people|organisations|places}`: the body is the file itself (`text/csv`, or
 * XLSX) or a form with `file` and `decisions`. Its own scope holds the parsers, so no other route
 * accepts these bodies; they hand the request stream on unread, so the file is never held whole.
 */
export async function importRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { fileSize: IMPORT_BODY_LIMIT, files: 1, fields: 2, parts: 3, fieldSize: 1024 * 1024 },
    });
    // Runs before authorisation, so it only labels the stream; the service reads (and refuses) it.
    scope.addContentTypeParser(['text/csv', XLSX_TYPE], (request, payload, done) => {
      const contentType = request.headers['content-type'] ?? '';
      const charset = /charset=([^;\s]+)/i.exec(contentType)?.[1];
      const format: SheetFormat = contentType.startsWith('text/csv') ? 'csv' : 'xlsx';
      done(null, { format, stream: payload, charset } satisfies Upload);
    });

    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/imports/:type',
      {
        config: { access: IMPORTERS },
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          description:
            'Body: the file as `text/csv` (UTF-8, `,` or `;`) or XLSX, or `multipart/form-data` with `file` and `decisions` (JSON `{ "<row>": "create"|"skip"|"merge" }`). A dry run unless `commit=true`.',
          params: ImportParamsSchema,
          querystring: ImportQuerySchema,
          response: { 200: ImportReportSchema },
        },
      },
      async (request) => {
        const { type } = request.params;
        const options = request.query;
        const ctx = contextOf(request);
        if (request.isMultipart()) {
          return importMultipart(deps, ctx, type, request.parts() as AsyncIterable<UploadPart>, options);
        }
        if (!isUpload(request.body)) {
          throw new AppError(
            'UNSUPPORTED_MEDIA_TYPE',
            `Send the file as text/csv, as ${XLSX_TYPE}, or as multipart/form-data.`,
          );
        }
        const length = Number(request.headers['content-length']);
        return importUpload(
          deps,
          ctx,
          type,
          {
            format: request.body.format,
            body: request.body.stream,
            charset: request.body.charset,
            length: Number.isFinite(length) ? length : undefined,
          },
          options,
        );
      },
    );
  });
}
