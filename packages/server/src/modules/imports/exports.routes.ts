import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { contextOf } from '../../lib/request-context.ts';
import { CountryCodeSchema } from '../registry/registry.schema.ts';
import { EXPORT_FORMATS, type ExportFormat } from './exports.format.ts';
import { exportList } from './exports.service.ts';
import { IMPORT_TYPES, type ImportType } from './imports.columns.ts';

const EXPORT_FILES = IMPORT_TYPES.flatMap((type) =>
  EXPORT_FORMATS.map((format) => `${type}.${format}` as const),
);

const ExportQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(200).optional(),
  organisation: z.uuid().optional(),
  country: CountryCodeSchema.optional(),
  kind: z.string().max(40).optional(),
  community: z.string().max(10).optional(),
  verification: z.enum(['submitted', 'verified', 'archived']).optional(),
  parent: z.uuid().optional(),
});

/**
 * `GET /api/exports/{people|organisations|places}.{csv|xlsx|json}` with the list's filters: any
 * signed-in account, for the records it may read; every export is audited.
 */
export async function exportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/exports/:file',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['imports'],
        params: z.strictObject({ file: z.enum(EXPORT_FILES) }),
        querystring: ExportQuerySchema,
      },
    },
    async (request, reply) => {
      const [type, format] = request.params.file.split('.') as [ImportType, ExportFormat];
      const file = await exportList(deps, contextOf(request), type, format, request.query);
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );
}
