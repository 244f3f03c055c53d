import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { contextOf } from '../../lib/request-context.ts';
import { IdParamsSchema, listOf } from '../../lib/schemas.ts';
import type { UploadPart } from '../imports/imports.service.ts';
import { sendFileContent } from './files.reply.ts';
import { FileListQuerySchema, FileSchema, FileUpdateSchema, UploadQuerySchema } from './files.schema.ts';
import { browseFiles, changeFile, deleteFile, fileContent, showFile } from './files.service.ts';
import { certainlyTooLarge, fileTooLarge, uploadFile } from './files.upload.ts';

const tags = ['files'];
/**
 * Who uploads, changes and deletes files: any signed-in account; the policy decides (uploader
 * roles for their own organisation, any account for its personal files).
 */
export const FILE_WRITERS = 'signed-in';

/**
 * Files: `POST /api/files` (multipart upload, its own scope with the multipart parser), metadata,
 * download as an attachment, changes and deletion.
 */
export async function fileRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      // One byte over the limit reaches the service, which refuses it while streaming.
      limits: { fileSize: deps.config.maxUploadBytes + 1, files: 1, fields: 4, parts: 5, fieldSize: 1024 },
    });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/files',
      {
        config: { access: FILE_WRITERS },
        schema: {
          tags,
          description:
            'Body: `multipart/form-data` with one part `file`. PDF, PNG, JPEG, WebP, DOCX, XLSX, PPTX, ODT, ODS, ODP or UTF-8 text, judged by content; at most `KOPRU_MAX_UPLOAD_MB`.',
          querystring: UploadQuerySchema,
          response: { 201: FileSchema },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) {
          throw new AppError(
            'UNSUPPORTED_MEDIA_TYPE',
            'Send the file as multipart/form-data with a part named file.',
          );
        }
        const length = Number(request.headers['content-length']);
        if (certainlyTooLarge(deps, Number.isFinite(length) ? length : undefined)) {
          throw fileTooLarge(deps.config.maxUploadBytes);
        }
        const parts = request.parts() as AsyncIterable<UploadPart>;
        return reply.code(201).send(await uploadFile(deps, contextOf(request), parts, request.query));
      },
    );
  });

  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/files',
    {
      config: { access: 'public' },
      schema: { tags, querystring: FileListQuerySchema, response: { 200: listOf(FileSchema) } },
    },
    async (request) => {
      const { limit, offset, ...filter } = request.query;
      return browseFiles(deps, contextOf(request), filter, { limit, offset });
    },
  );

  api.get(
    '/api/files/:id',
    {
      config: { access: 'public' },
      schema: { tags, params: IdParamsSchema, response: { 200: FileSchema } },
    },
    async (request) => showFile(deps, contextOf(request), request.params.id),
  );

  api.get(
    '/api/files/:id/content',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description:
          'The bytes, always as an attachment (`Content-Disposition`, `nosniff`, a sandboxing CSP).',
        params: IdParamsSchema,
      },
    },
    async (request, reply) => {
      return sendFileContent(request, reply, await fileContent(deps, contextOf(request), request.params.id));
    },
  );

  api.patch(
    '/api/files/:id',
    {
      config: { access: FILE_WRITERS },
      schema: { tags, params: IdParamsSchema, body: FileUpdateSchema, response: { 200: FileSchema } },
    },
    async (request) => changeFile(deps, contextOf(request), request.params.id, request.body),
  );

  api.delete(
    '/api/files/:id',
    {
      config: { access: FILE_WRITERS },
      schema: { tags, params: IdParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await deleteFile(deps, contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
