import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.ts';
import { ParsedPeriodSchema, ParsePeriodBodySchema } from './periods.schema.ts';
import { parsePeriodOrFail } from './periods.service.ts';

const tags = ['periods'];
/** The body is three short fields; nothing larger is read. */
const PARSE_BODY_LIMIT = 4 * 1024;

/** The periods module's routes (docs/api/plans.md, ADR 0018): the fuzzy periods parser. */
export async function periodsRoutes(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/api/periods/parse',
    {
      // Public: it reads nothing stored, and the web app previews a phrase as the editor types.
      config: { access: 'public' },
      bodyLimit: PARSE_BODY_LIMIT,
      schema: {
        tags,
        description:
          'Parses a fuzzy period ("the end of May and the beginning of June", "mayın sonu") in en, az, tr or ru. A phrase without a year means its first occurrence that does not end before `reference`. Not understood → 400 PERIOD_NOT_UNDERSTOOD at `body.text`.',
        body: ParsePeriodBodySchema,
        response: { 200: ParsedPeriodSchema },
      },
    },
    async (request) => parsePeriodOrFail(request.body.text, request.body.lang, request.body.reference),
  );
}
